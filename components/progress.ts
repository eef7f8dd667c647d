/**
 * A learner's progress: exercises passed and quiz scores, in one versioned localStorage record.
 * Every change fires `archlab:progress` on window so sidebar, home page and chapter marks update.
 */
import { readJson, writeJson } from './storage.ts';

/** The stored record. */
export interface Progress {
  /** Exercise id (`chapter/slug`) → when all its checks first passed (epoch ms). */
  exercises: Record<string, { passedAt: number }>;
  /** Quiz id → best score. */
  quizzes: Record<string, { correct: number; total: number; at: number }>;
  /** Chapter slug → when last opened (epoch ms), for "resume where you left off". */
  visited: Record<string, number>;
}

/** Event fired on window after progress changed. */
export const PROGRESS_EVENT = 'archlab:progress';
const KEY = 'progress';

function isProgress(v: unknown): v is Progress {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return ['exercises', 'quizzes', 'visited'].every(
    (k) => typeof p[k] === 'object' && p[k] !== null && !Array.isArray(p[k]),
  );
}

/** Current progress (empty when nothing is stored or storage is unusable). */
export function loadProgress(): Progress {
  return readJson(KEY, isProgress) ?? { exercises: {}, quizzes: {}, visited: {} };
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

/** Record a quiz attempt; the best score is kept. */
export function recordQuiz(id: string, correct: number, total: number): void {
  update((p) => {
    const prev = p.quizzes[id];
    if (!prev || correct >= prev.correct) p.quizzes[id] = { correct, total, at: Date.now() };
  });
}

/** Record that a chapter was opened now. */
export function markVisited(chapter: string): void {
  update((p) => {
    p.visited[chapter] = Date.now();
  });
}
