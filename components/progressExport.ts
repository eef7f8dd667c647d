/**
 * The progress file a learner downloads and imports: its format and merge rules. Pure (no DOM, no
 * storage) so every merge rule is unit-tested; the page does the reading and writing. Validating a
 * file (zod) lives in ./progressFile.ts, which the page loads only when a file is made or read.
 */
import type { Progress, QuizAttempt } from './progress.ts';
import type { SavedCode } from './exercise/codeStore.ts';
import { emptyReviewState, mergeReviewStates, type ReviewState } from './review/state.ts';
import { parseItemId } from '../course/paths.ts';

export const EXPORT_FORMAT = 'archlab-progress';
export const EXPORT_VERSION = 1;
/** Larger files are refused unread: real ones are a few KB, and this keeps a wrong pick harmless. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Everything of the learner's that matters: the progress record, the code per exercise, the review schedule. */
export interface Snapshot {
  progress: Progress;
  /** Exercise id (`chapter/slug`) → the learner's saved code. */
  code: Record<string, SavedCode>;
  /** The Review page's schedule; absent in files made before review existed. */
  review?: ReviewState;
}

/** The downloaded file. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601 time of the download. */
  exportedAt: string;
  /** The site it came from; informative only (a file may move between a fork and the original). */
  site: string;
  data: Snapshot;
}

/** The chapters and exercises this version of the course has; nothing else is imported or exported. */
export interface Known {
  chapters: ReadonlySet<string>;
  exercises: ReadonlySet<string>;
}

/** A file that passed validation: its data, when it was made, and entries this course lacks. */
export interface ParsedExport {
  data: Snapshot;
  exportedAt: string;
  /** Chapters and exercises (and `review <key>` schedules) the file had and this version does not. */
  ignored: string[];
}

/** What a merge did, for the message shown after an import. */
export interface MergeReport {
  /** Exercises whose code came from the file (it was newer, or there was none here). */
  codeImported: number;
  /** Exercises whose different code here was newer, so it was kept. */
  codeKeptLocal: number;
  /** Chapters the file held any progress for (passed exercises, quiz, visit). */
  chapters: number;
  /** Review schedules taken from the file (it had reviewed them more recently, or only it had them). */
  reviewImported?: number;
}

/** Plain-words reason when a file of `bytes` is too big to read, else undefined. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This file is ${mb(bytes)}, too large for a progress file (at most ${mb(MAX_IMPORT_BYTES)}). Nothing was imported.`;
}

/** `archlab-progress-2026-11-25.json` */
export function exportFileName(now: Date): string {
  return `archlab-progress-${now.toISOString().slice(0, 10)}.json`;
}

const attempt = (v: QuizAttempt): QuizAttempt => ({ correct: v.correct, total: v.total, at: v.at });

/** The chapter of an exercise id from a file (the id may be malformed: then the id itself). */
const chapterOf = (exerciseId: string) => {
  const parsed = parseItemId(exerciseId);
  return parsed.ok ? parsed.value.chapter : exerciseId;
};

/**
 * Merge a file into local data. Code: per exercise the newer `savedAt` wins. Passed exercises and
 * visited chapters: union, keeping the first pass and the latest visit. Quizzes: the better best
 * score (ties keep local) and the later last attempt. Review: per question, the schedule reviewed
 * most recently.
 */
export function mergeSnapshots(
  local: Snapshot,
  incoming: Snapshot,
): { merged: Snapshot; report: MergeReport } {
  const code = { ...local.code };
  let codeImported = 0;
  let codeKeptLocal = 0;
  for (const [id, theirs] of Object.entries(incoming.code)) {
    const mine = code[id];
    if (!mine || theirs.savedAt > mine.savedAt) {
      code[id] = theirs;
      codeImported++;
    } else if (mine.code !== theirs.code) codeKeptLocal++;
  }

  const lp = local.progress;
  const ip = incoming.progress;
  const exercises = { ...lp.exercises };
  for (const [id, v] of Object.entries(ip.exercises)) {
    const mine = exercises[id];
    if (!mine || v.passedAt < mine.passedAt) exercises[id] = v;
  }
  const visited = { ...lp.visited };
  for (const [id, at] of Object.entries(ip.visited)) visited[id] = Math.max(visited[id] ?? 0, at);
  const quizzes = { ...lp.quizzes };
  for (const [id, theirs] of Object.entries(ip.quizzes)) {
    const mine = quizzes[id];
    if (!mine) {
      quizzes[id] = theirs;
      continue;
    }
    const best = theirs.correct > mine.correct ? theirs : mine;
    const a = mine.last ?? mine;
    const b = theirs.last ?? theirs;
    quizzes[id] = { ...attempt(best), last: attempt(b.at > a.at ? b : a) };
  }

  const chapters = new Set([
    ...Object.keys(ip.exercises).map(chapterOf),
    ...Object.keys(ip.quizzes),
    ...Object.keys(ip.visited),
  ]);
  const report: MergeReport = { codeImported, codeKeptLocal, chapters: chapters.size };
  const review = mergeReview(local.review, incoming.review, report);
  return {
    merged: { progress: { exercises, quizzes, visited }, code, ...(review ? { review } : {}) },
    report,
  };
}

/** Review schedules merged per question (the more recent review wins); counts what came from the file. */
function mergeReview(
  local: ReviewState | undefined,
  incoming: ReviewState | undefined,
  report: MergeReport,
): ReviewState | undefined {
  if (!incoming) return local;
  const { state, imported } = mergeReviewStates(local ?? emptyReviewState(), incoming);
  report.reviewImported = imported;
  return state;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The sentence shown after a successful import. */
export function describeImport(report: MergeReport, ignored: readonly string[]): string {
  const parts = [
    `Imported code for ${plural(report.codeImported, 'exercise')} and progress for ${plural(report.chapters, 'chapter')}.`,
  ];
  if (report.reviewImported) {
    parts.push(`Imported the review schedule of ${plural(report.reviewImported, 'question')}.`);
  }
  if (report.codeKeptLocal > 0) {
    parts.push(`Kept this browser's newer code for ${plural(report.codeKeptLocal, 'exercise')}.`);
  }
  if (ignored.length > 0) {
    parts.push(
      `Ignored ${plural(ignored.length, 'entry', 'entries')} this version of the course does not have: ${ignored.join(', ')}.`,
    );
  }
  return parts.join(' ');
}
