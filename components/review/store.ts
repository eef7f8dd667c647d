/**
 * The review schedule in localStorage (`archlab:v1:review`), beside the progress record. Reading
 * never throws: an unreadable record is ignored and the reason returned for the page to show.
 */
import { loadProgress, type Progress } from '../progress.ts';
import { readText, remove, writeJson } from '../storage.ts';
import { parseReviewState, type ReviewState } from './state.ts';

const KEY = 'review';

/** The stored schedule (empty when none), with a notice when what was stored was unreadable. */
export function loadReview(): { state: ReviewState; notice?: string } {
  return parseReviewState(readText(KEY));
}

/** The stored schedule for export, or undefined when none is stored or it is unreadable. */
export function storedReview(): ReviewState | undefined {
  const text = readText(KEY);
  if (text === undefined) return undefined;
  const { state, notice } = parseReviewState(text);
  return notice ? undefined : state;
}

/** Replace the stored schedule; false when the browser would not keep it. */
export function saveReview(state: ReviewState): boolean {
  return writeJson(KEY, state);
}

/**
 * Chapters whose quiz the learner finished, with when: recordQuiz writes a score once every
 * question was answered, so a score is the mark of a finished quiz. The earlier of the best and
 * the last attempt is the closest to the first finish the record keeps.
 */
export function finishedChapters(p: Progress = loadProgress()): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [chapter, score] of Object.entries(p.quizzes)) {
    out[chapter] = Math.min(score.at, score.last?.at ?? score.at);
  }
  return out;
}

/** Forget the stored schedule (undoing a failed import). */
export function clearReview(): void {
  remove(KEY);
}
