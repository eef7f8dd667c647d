/**
 * One sitting of the Review page, DOM-free: today's due questions one at a time, the learner's
 * answer checked and turned into an FSRS rating, and the feedback to show. The custom element
 * (./ReviewElement.ts) only renders what this says and passes input in; Vitest drives it in Node.
 */
import type { QuizChoice } from '../quiz.ts';
import { sectionPath, type ReviewItem } from './catalogue.ts';
import { rate } from './schedule.ts';
import { dueKeys, endOfDay, nextDue, type ReviewState, type SyncReport } from './state.ts';

/** A choice as shown: its text and its index in the question's data. */
export interface ShownChoice {
  text: string;
  index: number;
}

/** The question being asked. */
export interface Asked {
  key: string;
  /** 1-based position in today's queue, and the queue's length. */
  position: number;
  total: number;
  chapterTitle: string;
  question: string;
  /** A predict question's set-up text (its simulation is on the chapter page, not here). */
  setup?: string;
  /** Choice and predict questions: the choices in a stable order that does not give the answer away. */
  choices?: ShownChoice[];
  /** Number questions: the unit shown beside the input ('' for none). */
  unit?: string;
}

/** What the learner sees after answering. */
export interface Feedback {
  correct: boolean;
  /** The right answer as text (a choice's text, or the number with its unit and tolerance). */
  answer: string;
  /** Why: the misconception behind the learner's wrong answer (when known), then why the right one is right. */
  explanations: string[];
  /** Path (relative to the base) of the chapter section that teaches it. */
  sectionPath: string;
  /** The section's readable name, from its anchor. */
  sectionName: string;
  chapterTitle: string;
  /** When the question comes back (epoch ms). */
  nextDue: number;
}

/** The learner's input: a choice index (as shown in {@link Asked.choices}) or typed text. */
export type Answer = { choice: number | undefined } | { text: string };

/** 32-bit FNV-1a: a stable, platform-independent hash for ordering choices. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Choices in an order fixed by the question's key and how often it was reviewed: stable while it
 * is on screen and across a reload, different from one review to the next, so neither the position
 * nor the quiz page's order can be remembered instead of the idea.
 */
export function orderChoices(
  key: string,
  reps: number,
  choices: readonly QuizChoice[],
): ShownChoice[] {
  return choices
    .map((c, index) => ({ text: c.text, index, rank: hash(`${key}#${reps}#${c.text}`) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ text, index }) => ({ text, index }));
}

/** Typed text → a number: spaces ignored, a lone decimal comma accepted; undefined when not a number. */
export function parseNumber(text: string): number | undefined {
  let s = text.replace(/[\s\u00a0]/g, '');
  if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** `queueing-delay` → `Queueing delay`: a readable name for a section link. */
export function sectionName(anchor: string): string {
  const words = anchor.trim().replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

/** How many questions are due today and when the next ones are, for the page's summary. */
export interface Summary {
  /** Questions with a schedule at all (from finished chapters). */
  scheduled: number;
  /** Due by the end of today, answered in this sitting or not. */
  dueToday: number;
  /** Of those, still unanswered in this sitting. */
  remaining: number;
  /** The next due time after today, and how many fall on that day. */
  next?: { at: number; count: number };
}

export class ReviewSession {
  readonly #items: ReadonlyMap<string, ReviewItem>;
  readonly #queue: string[];
  #state: ReviewState;
  #index = 0;
  #feedback: Feedback | undefined;

  /**
   * `state` must already be in step with `items` (see syncState); the queue is every card due by
   * the end of the local day holding `now`, fixed for the sitting so a question answered wrongly is
   * not asked again minutes later.
   */
  constructor(state: ReviewState, items: readonly ReviewItem[], now: number) {
    this.#state = state;
    this.#items = new Map(items.map((i) => [i.key, i]));
    this.#queue = dueKeys(state, endOfDay(now) - 1).filter((k) => this.#items.has(k));
  }

  /** The schedule as it is now (persist it after each answer). */
  get state(): ReviewState {
    return this.#state;
  }

  /** 'asking' a question, showing the 'answered' feedback, or 'done' with today's queue. */
  get phase(): 'asking' | 'answered' | 'done' {
    if (this.#index >= this.#queue.length) return 'done';
    return this.#feedback ? 'answered' : 'asking';
  }

  get feedback(): Feedback | undefined {
    return this.#feedback;
  }

  summary(now: number): Summary {
    const today = endOfDay(now);
    const scheduled = Object.keys(this.#state.cards).length;
    const remaining = this.#queue.length - this.#index - (this.#feedback ? 1 : 0);
    const next = nextDue(this.#state, today - 1);
    return {
      scheduled,
      dueToday: this.#queue.length,
      remaining,
      ...(next ? { next } : {}),
    };
  }

  /** The question to ask, while there is one. */
  current(): Asked | undefined {
    const key = this.#queue[this.#index];
    const item = key === undefined ? undefined : this.#items.get(key);
    const card = key === undefined ? undefined : this.#state.cards[key];
    if (!key || !item || !card) return undefined;
    const { q } = item;
    const asked: Asked = {
      key,
      position: this.#index + 1,
      total: this.#queue.length,
      chapterTitle: item.chapterTitle,
      question: q.question,
    };
    if (q.kind === 'number') asked.unit = q.unit;
    else {
      asked.choices = orderChoices(key, card.reps, q.choices);
      if (q.kind === 'predict') asked.setup = q.setup;
    }
    return asked;
  }

  /**
   * Check an answer at `now` (epoch ms): rates the card (wrong → Again, right → Good) and returns
   * the feedback, or a plain-words problem (nothing chosen, not a number) that changes nothing.
   */
  answer(input: Answer, now: number): { feedback: Feedback } | { problem: string } {
    const asked = this.current();
    const item = asked && this.#items.get(asked.key);
    const card = asked && this.#state.cards[asked.key];
    if (this.phase !== 'asking' || !asked || !item || !card) {
      return { problem: 'There is no question waiting for an answer.' };
    }
    const { q } = item;
    let correct: boolean;
    let answer: string;
    const explanations: string[] = [];
    if (q.kind === 'number') {
      const typed = 'text' in input ? parseNumber(input.text) : undefined;
      if (typed === undefined) return { problem: 'Type a number, for example 0.75 or 120.' };
      correct = Math.abs(typed - q.answer) <= q.tolerance + 1e-9;
      const unit = q.unit ? ` ${q.unit}` : '';
      answer = `${q.answer}${unit}${q.tolerance > 0 ? ` (± ${q.tolerance}${unit} accepted)` : ''}`;
      if (!correct) {
        const known = q.misconceptions?.find(
          (m) => Math.abs(m.answer - typed) <= q.tolerance + 1e-9,
        );
        if (known) explanations.push(known.explanation);
      }
      explanations.push(q.solution);
    } else {
      const picked = 'choice' in input ? input.choice : undefined;
      const choice = picked === undefined ? undefined : q.choices[picked];
      if (!choice) return { problem: 'Choose an answer first.' };
      const right = q.choices.find((c) => c.correct === true);
      correct = choice === right;
      answer = right?.text ?? '';
      if (!correct) explanations.push(choice.explanation);
      if (right) explanations.push(right.explanation);
    }
    const rated = rate(card, correct, now);
    this.#state = {
      ...this.#state,
      cards: { ...this.#state.cards, [asked.key]: rated.card },
    };
    this.#feedback = {
      correct,
      answer,
      explanations,
      sectionPath: sectionPath(item),
      sectionName: sectionName(q.section),
      chapterTitle: item.chapterTitle,
      nextDue: rated.card.due,
    };
    return { feedback: this.#feedback };
  }

  /** Move on after the feedback. */
  next(): void {
    if (this.phase !== 'answered') return;
    this.#feedback = undefined;
    this.#index++;
  }
}

/** The sentence about questions dropped by a new version of the course, or undefined. */
export function droppedNotice(report: SyncReport): string | undefined {
  if (report.dropped === 0) return undefined;
  const n = report.dropped;
  return `${n} question${n === 1 ? '' : 's'} you were reviewing ${n === 1 ? 'is' : 'are'} no longer in the course (a new version of the site changed ${n === 1 ? 'it' : 'them'}), so ${n === 1 ? 'it was' : 'they were'} removed from your review.`;
}
