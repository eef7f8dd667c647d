import { describe, expect, it } from 'vitest';
import { createEmptyCard, Rating } from 'ts-fsrs';
import type { QuizQuestion } from '../../components/quiz.ts';
import {
  buildCatalogue,
  catalogueJson,
  sectionPath,
  type ReviewItem,
} from '../../components/review/catalogue.ts';
import { rate, ratingFor } from '../../components/review/schedule.ts';
import {
  droppedNotice,
  orderChoices,
  parseNumber,
  ReviewSession,
} from '../../components/review/session.ts';
import {
  dueKeys,
  emptyReviewState,
  endOfDay,
  FIRST_REVIEW_DELAY_MS,
  mergeReviewStates,
  newCard,
  nextDue,
  parseReviewState,
  reviewKey,
  checkReviewState,
  syncState,
  type ReviewState,
} from '../../components/review/state.ts';

const DAY = 24 * 60 * 60 * 1000;
// Noon local time, so "today" and "tomorrow" never straddle midnight whatever the time zone.
const T0 = new Date(2026, 11, 1, 12, 0, 0).getTime();

const choice = (id: string, section = 'queueing'): QuizQuestion => ({
  id,
  objective: 1,
  section,
  question: `Question ${id}?`,
  choices: [
    { text: `Right answer for ${id}`, correct: true, explanation: `Why ${id} is right.` },
    { text: `Common mistake about ${id}`, explanation: `The misconception behind ${id}.` },
    { text: `Another mistake about ${id}`, explanation: `Another misconception about ${id}.` },
  ],
});

const number: QuizQuestion = {
  kind: 'number',
  id: 'utilisation',
  objective: 2,
  section: 'utilisation',
  question: 'A server handles 40 requests/s at 20 ms each. Utilisation?',
  answer: 80,
  tolerance: 1,
  unit: '%',
  solution: 'ρ = λ·S = 40/s × 0.020 s = 0.8 = 80 %.',
  misconceptions: [{ answer: 50, explanation: 'Halving is not how utilisation works.' }],
};

const predict: QuizQuestion = {
  kind: 'predict',
  id: 'double-load',
  objective: 3,
  section: 'queueing',
  simulation: 'queue',
  setup: 'Double the arrival rate to 90 % utilisation.',
  question: 'What happens to p95 latency?',
  choices: [
    { text: 'It grows many times over', correct: true, explanation: 'Queueing is non-linear.' },
    { text: 'It doubles exactly', explanation: 'Thinking latency is linear in load.' },
  ],
};

const items: ReviewItem[] = buildCatalogue(
  [
    { id: 'servers', title: 'Servers' },
    { id: 'metrics', title: 'Metrics' },
  ],
  { servers: [choice('a'), number, predict], metrics: [choice('b', '')] },
);
const keys = items.map((i) => i.key);

describe('review state: cards and ratings', () => {
  it('keys cards chapter/questionId and creates them for finished chapters only', () => {
    expect(keys).toEqual(['servers/a', 'servers/utilisation', 'servers/double-load', 'metrics/b']);
    const { state, report } = syncState(emptyReviewState(), keys, { servers: T0 });
    expect(Object.keys(state.cards).sort()).toEqual([
      'servers/a',
      'servers/double-load',
      'servers/utilisation',
    ]);
    expect(report).toEqual({ dropped: 0, added: 3 });
    // The quiz was the first retrieval: the first review is a day later.
    expect(state.cards['servers/a']).toEqual(newCard(T0 + FIRST_REVIEW_DELAY_MS));
    expect(dueKeys(state, T0 + DAY - 1)).toEqual([]);
    expect(dueKeys(state, T0 + DAY)).toHaveLength(3);
  });

  it('builds a new card exactly as ts-fsrs does', () => {
    const fsrs = createEmptyCard(new Date(T0));
    expect(newCard(T0)).toEqual({
      due: fsrs.due.getTime(),
      stability: fsrs.stability,
      difficulty: fsrs.difficulty,
      scheduledDays: fsrs.scheduled_days,
      learningSteps: fsrs.learning_steps,
      reps: fsrs.reps,
      lapses: fsrs.lapses,
      state: fsrs.state,
    });
  });

  it('maps wrong to Again and right to Good', () => {
    expect(ratingFor(false)).toBe(Rating.Again);
    expect(ratingFor(true)).toBe(Rating.Good);
  });

  it('moves the due date: right pushes it out further each time, wrong brings it back soon', () => {
    const start = newCard(T0);
    const good = rate(start, true, T0);
    const again = rate(start, false, T0);
    expect(good.rating).toBe(Rating.Good);
    expect(good.card.due).toBeGreaterThan(T0 + DAY);
    expect(again.card.due).toBeLessThan(good.card.due);
    expect(again.card.due).toBeGreaterThan(T0);
    expect(good.card.reps).toBe(1);
    expect(good.card.lastReview).toBe(T0);

    const second = rate(good.card, true, good.card.due);
    const firstInterval = good.card.due - T0;
    expect(second.card.due - good.card.due).toBeGreaterThan(firstInterval);

    const lapse = rate(second.card, false, second.card.due);
    expect(lapse.card.lapses).toBe(1);
    expect(lapse.card.due - second.card.due).toBeLessThan(second.card.due - good.card.due);
  });

  it('reports the next due day and how many fall on it', () => {
    const state: ReviewState = {
      version: 1,
      cards: {
        'servers/a': newCard(T0 + 2 * DAY),
        'servers/b': newCard(T0 + 2 * DAY + 60_000),
        'servers/c': newCard(T0 + 5 * DAY),
      },
    };
    expect(nextDue(state, endOfDay(T0) - 1)).toEqual({ at: T0 + 2 * DAY, count: 2 });
    expect(nextDue(state, T0 + 6 * DAY)).toBeUndefined();
  });
});

describe('review state: a new version of the course', () => {
  const reviewed = rate(newCard(T0), true, T0).card;
  const stored: ReviewState = {
    version: 1,
    cards: {
      'servers/a': reviewed,
      'servers/gone': newCard(T0),
      'retired-chapter/x': newCard(T0),
    },
  };

  it('drops unknown questions, counts them, and keeps edited ones (same id) with their schedule', () => {
    // `servers/a` was edited (new wording), its id unchanged: the catalogue still lists it.
    const edited = buildCatalogue([{ id: 'servers', title: 'Servers' }], {
      servers: [{ ...choice('a'), question: 'Reworded question?' }],
    });
    const { state, report } = syncState(
      stored,
      edited.map((i) => i.key),
      { servers: T0 },
    );
    expect(state.cards).toEqual({ 'servers/a': reviewed });
    expect(report).toEqual({ dropped: 2, added: 0 });
    expect(droppedNotice(report)).toMatch(/^2 questions you were reviewing are no longer/);
    expect(droppedNotice({ dropped: 1, added: 0 })).toMatch(/^1 question you were reviewing is/);
    expect(droppedNotice({ dropped: 0, added: 3 })).toBeUndefined();
  });

  it('gives a question added to a finished chapter a card of its own', () => {
    const { state, report } = syncState(stored, ['servers/a', 'servers/new'], { servers: T0 });
    expect(report.added).toBe(1);
    expect(state.cards['servers/new']).toEqual(newCard(T0 + FIRST_REVIEW_DELAY_MS));
  });
});

describe('review state: storage', () => {
  const state = syncState(emptyReviewState(), keys, { servers: T0 }).state;

  it('round-trips through JSON', () => {
    expect(parseReviewState(JSON.stringify(state))).toEqual({ state });
    expect(parseReviewState(undefined)).toEqual({ state: emptyReviewState() });
  });

  it('ignores corrupt stored state with a notice saying why', () => {
    const broken = parseReviewState('{"version":1,"cards":{"servers/a":{"due":"soon"}}}');
    expect(broken.state).toEqual(emptyReviewState());
    expect(broken.notice).toMatch(/unreadable \(it card "servers\/a" needs a "due" time\)/);
    expect(parseReviewState('not json').notice).toMatch(/is not valid JSON/);
    expect(parseReviewState('{"version":2,"cards":{}}').notice).toMatch(/has version 2, not 1/);
    expect(parseReviewState('[]').notice).toMatch(/is not a review record/);
  });

  it('names the problem in a record', () => {
    expect(checkReviewState(state)).toEqual({ ok: true, value: state });
    const problem = (v: unknown) => {
      const r = checkReviewState(v);
      return r.ok ? undefined : r.message;
    };
    const bad = (card: object) => ({ version: 1, cards: { 'servers/a': card } });
    expect(problem(bad({ ...newCard(T0), state: 7 }))).toMatch(/"state" of 0, 1, 2/);
    expect(problem(bad({ ...newCard(T0), reps: 1.5 }))).toMatch(/whole number "reps"/);
    expect(problem({ version: 1, cards: { __proto__x: newCard(T0) } })).toMatch(
      /not "chapter\/question"/,
    );
  });

  it('drops extra fields when reading', () => {
    const extra = { version: 1, extra: 1, cards: { 'servers/a': { ...newCard(T0), x: 'y' } } };
    expect(parseReviewState(JSON.stringify(extra)).state).toEqual({
      version: 1,
      cards: { 'servers/a': newCard(T0) },
    });
  });

  it('merges per question: the more recent review wins', () => {
    const older = rate(newCard(T0), true, T0).card;
    const newer = rate(older, false, older.due).card;
    const mine: ReviewState = { version: 1, cards: { 'servers/a': newer, 'servers/b': older } };
    const theirs: ReviewState = {
      version: 1,
      cards: { 'servers/a': older, 'servers/b': newer, 'servers/c': older },
    };
    const { state, imported } = mergeReviewStates(mine, theirs);
    expect(state.cards).toEqual({ 'servers/a': newer, 'servers/b': newer, 'servers/c': older });
    expect(imported).toBe(2);
  });
});

describe('review catalogue', () => {
  it('links to the section, or to the chapter when the section is unknown', () => {
    expect(sectionPath(items[0]!)).toBe('learn/servers/#queueing');
    expect(sectionPath(items[3]!)).toBe('learn/metrics/');
  });

  it('embeds safely in a script element', () => {
    const json = catalogueJson({
      base: '/',
      items: buildCatalogue([{ id: 's', title: 'S' }], {
        s: [{ ...choice('a'), question: '</script><script>alert(1)</script>' }],
      }),
    });
    expect(json).not.toContain('<');
    const parsed = JSON.parse(json) as { items: ReviewItem[] };
    expect(parsed.items[0]?.q.question).toBe('</script><script>alert(1)</script>');
  });
});

describe('review session', () => {
  const synced = syncState(emptyReviewState(), keys, { servers: T0 }).state;
  const later = T0 + 2 * DAY;

  it('asks nothing before the first review is due', () => {
    const s = new ReviewSession(synced, items, T0 + 60_000);
    expect(s.phase).toBe('done');
    expect(s.summary(T0)).toEqual({
      scheduled: 3,
      dueToday: 0,
      remaining: 0,
      next: { at: T0 + DAY, count: 3 },
    });
  });

  it('asks every due question once, in all three kinds, and rates each answer', () => {
    const s = new ReviewSession(synced, items, later);
    expect(s.summary(later)).toMatchObject({ dueToday: 3, remaining: 3 });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const asked = s.current()!;
      seen.push(asked.key);
      expect(asked.position).toBe(i + 1);
      expect(asked.total).toBe(3);
      const item = items.find((it) => it.key === asked.key)!;
      if (item.q.kind === 'number') {
        expect(asked.unit).toBe('%');
        expect(asked.choices).toBeUndefined();
        expect(s.answer({ text: 'eighty' }, later)).toEqual({
          problem: 'Type a number, for example 0.75 or 120.',
        });
        const r = s.answer({ text: '79,5' }, later);
        expect('feedback' in r && r.feedback.correct).toBe(true);
      } else {
        if (item.q.kind === 'predict') expect(asked.setup).toBe(predict.setup);
        expect(s.answer({ choice: undefined }, later)).toEqual({
          problem: 'Choose an answer first.',
        });
        const r = s.answer({ choice: 0 }, later); // index 0 in the data is the right one
        expect('feedback' in r && r.feedback.correct).toBe(true);
      }
      expect(s.phase).toBe('answered');
      s.next();
    }
    expect(s.phase).toBe('done');
    expect(seen.sort()).toEqual(['servers/a', 'servers/double-load', 'servers/utilisation']);
    for (const key of seen) {
      expect(s.state.cards[key]!.reps).toBe(1);
      expect(s.state.cards[key]!.due).toBeGreaterThan(later + DAY);
    }
    expect(s.summary(later)).toMatchObject({ dueToday: 3, remaining: 0 });
    expect(s.summary(later).next!.at).toBeGreaterThan(endOfDay(later));
  });

  it('a wrong answer explains the misconception and links to the section', () => {
    const only = { version: 1 as const, cards: { 'servers/a': synced.cards['servers/a']! } };
    const s = new ReviewSession(only, items, later);
    const r = s.answer({ choice: 1 }, later);
    if (!('feedback' in r)) throw new Error(r.problem);
    expect(r.feedback).toMatchObject({
      correct: false,
      answer: 'Right answer for a',
      explanations: ['The misconception behind a.', 'Why a is right.'],
      sectionPath: 'learn/servers/#queueing',
      sectionName: 'Queueing',
      chapterTitle: 'Servers',
    });
    expect(s.state.cards['servers/a']!.lapses).toBe(0);
    expect(s.state.cards['servers/a']!.due).toBeLessThan(later + 3 * DAY);
  });

  it('a wrong number names the misconception it matches, then the worked solution', () => {
    const only = {
      version: 1 as const,
      cards: { 'servers/utilisation': synced.cards['servers/utilisation']! },
    };
    const s = new ReviewSession(only, items, later);
    const r = s.answer({ text: '50' }, later);
    if (!('feedback' in r)) throw new Error(r.problem);
    expect(r.feedback.correct).toBe(false);
    expect(r.feedback.answer).toBe('80 % (± 1 % accepted)');
    expect(r.feedback.explanations).toEqual([
      'Halving is not how utilisation works.',
      number.kind === 'number' ? number.solution : '',
    ]);
  });

  it('shows choices in a stable order that changes between reviews', () => {
    const q = choice('a');
    if (q.kind === 'number') throw new Error('unreachable');
    const first = orderChoices('servers/a', 0, q.choices);
    expect(orderChoices('servers/a', 0, q.choices)).toEqual(first);
    expect(first.map((c) => c.index).sort()).toEqual([0, 1, 2]);
    const orders = new Set(
      Array.from({ length: 8 }, (_, reps) =>
        orderChoices('servers/a', reps, q.choices)
          .map((c) => c.index)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber(' 0.75 ')).toBe(0.75);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('12ms')).toBeUndefined();
    expect(parseNumber('1,200,000')).toBeUndefined();
  });
});

it('keeps reviewKey and the catalogue in agreement', () => {
  expect(reviewKey('servers', 'a')).toBe(items[0]!.key);
});
