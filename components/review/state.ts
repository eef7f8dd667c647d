/**
 * The Review page's stored schedule, DOM-free and without the scheduler: one card per quiz
 * question, keyed `chapter/questionId`, stored as plain JSON (epoch ms, no Date objects) and
 * validated like the progress record; keeping it in step with the questions of this version of the
 * course; "what is due" answers. Kept apart from ./schedule.ts so the progress page's export and
 * import do not load ts-fsrs.
 */
import { fail, isCount, isObj, isReal, isTime, ok, parseJson, type Guard } from '../guard.ts';

/** Schema version of the stored record; bump only with a migration in {@link parseReviewState}. */
export const REVIEW_VERSION = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A question's first review comes this long after its chapter's quiz was finished: the quiz was the
 * first retrieval, and asking again the same day would test short-term memory only.
 */
export const FIRST_REVIEW_DELAY_MS = DAY_MS;

/** One question's schedule, as stored (times in epoch ms). Mirrors ts-fsrs's `Card`. */
export interface ReviewCard {
  /** When the question is due next. */
  due: number;
  /** FSRS memory stability, in days. */
  stability: number;
  /** FSRS difficulty, 1–10. */
  difficulty: number;
  /** Interval the last review scheduled, in days. */
  scheduledDays: number;
  /** Position in the (re)learning steps (unused while short-term steps are off; kept for ts-fsrs). */
  learningSteps: number;
  /** Reviews so far. */
  reps: number;
  /** Times a remembered question was forgotten. */
  lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  /** When it was last reviewed; absent before the first review. */
  lastReview?: number;
}

/** The stored record: every scheduled question, keyed `chapter/questionId`. */
export interface ReviewState {
  version: typeof REVIEW_VERSION;
  cards: Record<string, ReviewCard>;
}

/** `servers` + `utilisation-from-rate` → `servers/utilisation-from-rate`. */
export function reviewKey(chapter: string, questionId: string): string {
  return `${chapter}/${questionId}`;
}

/** The chapter part of a key (chapter slugs never contain '/'; question ids might). */
export function chapterOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}

export function emptyReviewState(): ReviewState {
  return { version: REVIEW_VERSION, cards: {} };
}

/** A question never reviewed, first due at `due` (epoch ms): ts-fsrs's `createEmptyCard`. */
export function newCard(due: number): ReviewCard {
  return {
    due,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}

/** Keys of the cards due at or before `until` (epoch ms), the longest overdue first. */
export function dueKeys(state: ReviewState, until: number): string[] {
  return Object.entries(state.cards)
    .filter(([, c]) => c.due <= until)
    .sort((a, b) => a[1].due - b[1].due || a[0].localeCompare(b[0]))
    .map(([key]) => key);
}

/** The next due time after `after` (epoch ms) and how many cards fall on that same local day. */
export function nextDue(
  state: ReviewState,
  after: number,
): { at: number; count: number } | undefined {
  const later = Object.values(state.cards)
    .map((c) => c.due)
    .filter((due) => due > after);
  if (later.length === 0) return undefined;
  const at = Math.min(...later);
  const dayEnd = endOfDay(at);
  return { at, count: later.filter((due) => due < dayEnd).length };
}

/** The first instant of the local day after the one holding `t` (epoch ms): "today" ends here. */
export function endOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** What {@link syncState} changed, for the notice on the Review page. */
export interface SyncReport {
  /** Cards whose question this version of the course no longer has. */
  dropped: number;
  /** Cards created for questions of finished chapters that had none. */
  added: number;
}

/**
 * Bring the stored schedule in step with the course: cards for questions the course no longer has
 * are dropped (and counted, so the learner can be told), every question of a finished chapter gets
 * a card when it has none (first due {@link FIRST_REVIEW_DELAY_MS} after the chapter was
 * finished), and every other card keeps its schedule — an edited question keeps its id, so it keeps
 * its schedule. `questions` holds every key of this version; `finished` maps a chapter to when its
 * quiz was finished (epoch ms).
 */
export function syncState(
  state: ReviewState,
  questions: readonly string[],
  finished: Readonly<Record<string, number>>,
): { state: ReviewState; report: SyncReport } {
  const known = new Set(questions);
  const cards: Record<string, ReviewCard> = {};
  let dropped = 0;
  for (const [key, card] of Object.entries(state.cards)) {
    if (known.has(key)) cards[key] = card;
    else dropped++;
  }
  let added = 0;
  for (const key of questions) {
    const at = finished[chapterOfKey(key)];
    if (at === undefined || key in cards) continue;
    cards[key] = newCard(at + FIRST_REVIEW_DELAY_MS);
    added++;
  }
  return { state: { version: REVIEW_VERSION, cards }, report: { dropped, added } };
}

// ---------------------------------------------------------------------------------------------
// Validation: guards (components/guard.ts), shared by storage (on page load) and the progress file.

/** A stored card, rebuilt with its known fields only, or what is wrong with it in plain words. */
export const checkCard: Guard<ReviewCard> = (v) => {
  if (!isObj(v)) return fail('is not a review schedule');
  if (!isTime(v['due'])) return fail('needs a "due" time');
  if (!isReal(v['stability']) || v['stability'] < 0) return fail('needs a "stability" ≥ 0');
  if (!isReal(v['difficulty']) || v['difficulty'] < 0) return fail('needs a "difficulty" ≥ 0');
  for (const k of ['scheduledDays', 'learningSteps', 'reps', 'lapses']) {
    if (!isCount(v[k])) return fail(`needs a whole number "${k}"`);
  }
  if (![0, 1, 2, 3].includes(v['state'] as number)) return fail('needs a "state" of 0, 1, 2 or 3');
  if (v['lastReview'] !== undefined && !isTime(v['lastReview']))
    return fail('has a "lastReview" that is not a time');
  return ok(pickCard(v as unknown as ReviewCard));
};

/** Exactly the fields of a card that passed {@link checkCard}, whatever else it carried. */
export function pickCard(v: ReviewCard): ReviewCard {
  const card: ReviewCard = {
    due: v.due,
    stability: v.stability,
    difficulty: v.difficulty,
    scheduledDays: v.scheduledDays,
    learningSteps: v.learningSteps,
    reps: v.reps,
    lapses: v.lapses,
    state: v.state,
  };
  if (v.lastReview !== undefined) card.lastReview = v.lastReview;
  return card;
}

/**
 * A whole record, rebuilt with known fields only (no prototype tricks, no extra data), or what is
 * wrong with it. A file or a stored record with one bad card is refused whole: half a schedule
 * would silently lose reviews.
 */
export const checkReviewState: Guard<ReviewState> = (v) => {
  if (!isObj(v)) return fail('is not a review record');
  if (v['version'] !== REVIEW_VERSION)
    return fail(`has version ${JSON.stringify(v['version'])}, not ${REVIEW_VERSION}`);
  if (!isObj(v['cards'])) return fail('has no "cards"');
  const cards: Record<string, ReviewCard> = {};
  for (const [key, card] of Object.entries(v['cards'])) {
    if (!key.includes('/')) return fail(`has a card "${key}" that is not "chapter/question"`);
    const checked = checkCard(card);
    if (!checked.ok) return fail(`card "${key}" ${checked.message}`);
    cards[key] = checked.value;
  }
  return ok({ version: REVIEW_VERSION, cards });
};

/** Type guard for storage: a record {@link checkReviewState} accepts. */
export function isReviewState(v: unknown): v is ReviewState {
  return checkReviewState(v).ok;
}

/**
 * Stored text → the record, or an empty one and a notice when it is unreadable. Nothing stored is
 * not a problem: a learner who never reviewed starts empty, silently.
 */
export function parseReviewState(text: string | undefined): {
  state: ReviewState;
  notice?: string;
} {
  if (text === undefined) return { state: emptyReviewState() };
  const read = parseJson(text, checkReviewState);
  if (read.ok) return { state: read.value };
  return {
    state: emptyReviewState(),
    notice: `Your saved review schedule was unreadable (it ${read.message}) and has been ignored: finished chapters start their review again.`,
  };
}

/**
 * Merge two records (import): per question the card reviewed most recently wins (its schedule
 * includes every earlier review); a card only one side has is kept. Ties keep `mine`.
 */
export function mergeReviewStates(
  mine: ReviewState,
  theirs: ReviewState,
): { state: ReviewState; imported: number } {
  const cards = { ...mine.cards };
  let imported = 0;
  for (const [key, card] of Object.entries(theirs.cards)) {
    const here = cards[key];
    if (!here || (card.lastReview ?? -1) > (here.lastReview ?? -1)) {
      cards[key] = card;
      imported++;
    }
  }
  return { state: { version: REVIEW_VERSION, cards }, imported };
}
