/**
 * A learner's progress: exercises passed and quiz scores, in one versioned localStorage record.
 * Every change fires `archlab:progress` on window so sidebar, home page and chapter marks update.
 */
import { fail, isObj, ok, type Guard } from './guard.ts';
import { readJson, writeJson } from './storage.ts';

/** The stored record. */
export interface Progress {
  /** Exercise id (`chapter/slug`) → when all its checks first passed (epoch ms). */
  exercises: Record<string, { passedAt: number }>;
  /** Quiz id (the chapter slug) → best score, plus the latest attempt. */
  quizzes: Record<string, QuizScore>;
  /** Chapter slug → when last opened (epoch ms), for "resume where you left off". */
  visited: Record<string, number>;
}

/** One finished quiz attempt: questions right on the first try, of `total`, at epoch ms `at`. */
export interface QuizAttempt {
  correct: number;
  total: number;
  at: number;
}

/**
 * The best attempt at top level (the shape stored before `last` existed, so old records stay
 * valid), and the most recent one. `last` is absent in records written before it was added.
 */
export interface QuizScore extends QuizAttempt {
  last?: QuizAttempt;
}

/** Event fired on window after progress changed. */
export const PROGRESS_EVENT = 'archlab:progress';
const KEY = 'progress';

/** The stored record's three sections must be objects; their entries are checked where used. */
const progressGuard: Guard<Progress> = (v) => {
  if (!isObj(v)) return fail('is not a progress record');
  const bad = ['exercises', 'quizzes', 'visited'].find((k) => !isObj(v[k]));
  return bad ? fail(`has no "${bad}" section`) : ok(v as unknown as Progress);
};

/** Current progress (empty when nothing is stored or storage is unusable). */
export function loadProgress(): Progress {
  return readJson(KEY, progressGuard) ?? { exercises: {}, quizzes: {}, visited: {} };
}

function update(change: (p: Progress) => void): void {
  const p = loadProgress();
  change(p);
  writeJson(KEY, p);
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

/** Record that every check of an exercise passed (the first time is kept). */
export function markExercisePassed(id: string): void {
  update((p) => {
    p.exercises[id] ??= { passedAt: Date.now() };
  });
}

/** True when the exercise has been passed at least once. */
export function isExercisePassed(id: string): boolean {
  return id in loadProgress().exercises;
}

/** Record a quiz attempt: it is always the last one, and replaces the best when not worse. */
export function recordQuiz(id: string, correct: number, total: number): void {
  update((p) => {
    const last: QuizAttempt = { correct, total, at: Date.now() };
    const prev = p.quizzes[id];
    const best = !prev || correct >= prev.correct ? last : prev;
    p.quizzes[id] = { correct: best.correct, total: best.total, at: best.at, last };
  });
}

/** The latest attempt at a quiz (records from before `last` existed only know the best). */
export function lastAttempt(score: QuizScore): QuizAttempt {
  return score.last ?? score;
}

/** Replace the whole record (import); false when the browser would not keep it. */
export function saveProgress(p: Progress): boolean {
  const ok = writeJson(KEY, p);
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return ok;
}

/** The chapter opened most recently, for "resume where you left off". */
export function lastVisited(p: Progress): string | undefined {
  return Object.entries(p.visited).sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Record that a chapter was opened now. */
export function markVisited(chapter: string): void {
  update((p) => {
    p.visited[chapter] = Date.now();
  });
}
