/**
 * Spaced-repetition scheduling for the Review page: ts-fsrs (FSRS) moves a card's due date from the
 * learner's answer. This module only maps answers to ratings and converts between the stored card
 * (./state.ts) and ts-fsrs's `Card`.
 *
 * Rating rule (kept simple on purpose): a wrong answer is `Again`, a right one is `Good`. `Hard` and
 * `Easy` are never used: a quiz answer says right or wrong, not how hard recalling it felt.
 */
import { fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from './state.ts';

/**
 * Short-term (minute-long) learning steps are off: the Review page is visited once a day or so,
 * and a card due again in ten minutes would never be seen on time. Fuzz is off so that a schedule
 * is reproducible (tests, and two devices importing the same file agree).
 */
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

function toFsrs(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    // Deprecated in ts-fsrs and recomputed from last_review; kept for its type.
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview === undefined ? {} : { last_review: new Date(c.lastReview) }),
  };
}

function fromFsrs(c: Card): ReviewCard {
  const card: ReviewCard = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) card.lastReview = c.last_review.getTime();
  return card;
}

/** The FSRS rating an answer earns: wrong → Again, right → Good. */
export function ratingFor(correct: boolean): Grade {
  return correct ? Rating.Good : Rating.Again;
}

/** The card after answering it at `now` (epoch ms), and the rating that was applied. */
export function rate(
  card: ReviewCard,
  correct: boolean,
  now: number,
): { card: ReviewCard; rating: Grade } {
  const rating = ratingFor(correct);
  return { card: fromFsrs(scheduler.next(toFsrs(card), new Date(now), rating).card), rating };
}
