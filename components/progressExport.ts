/**
 * The progress file a learner downloads and imports: its format, full validation and merge rules.
 * Pure (no DOM, no storage) so every rejection path and merge rule is unit-tested; the page does
 * the reading and writing. A file is checked completely before anything is written, so a bad file
 * changes nothing.
 */
import type { Progress, QuizAttempt, QuizScore } from './progress.ts';
import type { SavedCode } from './exercise/codeStore.ts';
import {
  chapterOfKey,
  cleanReviewState,
  emptyReviewState,
  mergeReviewStates,
  reviewStateProblem,
  type ReviewState,
} from './review/state.ts';

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

export type ParseResult =
  | { ok: true; data: Snapshot; exportedAt: string; ignored: string[] }
  | { ok: false; reason: string };

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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

// Each checker returns the problem in plain words, or undefined when the value is well-formed.
type Check = (v: unknown) => string | undefined;

const checkPassed: Check = (v) =>
  isObj(v) && isTime(v['passedAt']) ? undefined : 'needs a "passedAt" time';

const checkAttempt: Check = (v) => {
  if (!isObj(v)) return 'is not a quiz score';
  const { correct, total, at } = v;
  if (!isCount(correct) || !isCount(total) || total < 1 || correct > total)
    return 'needs whole numbers "correct" ≤ "total"';
  return isTime(at) ? undefined : 'needs an "at" time';
};

const checkQuiz: Check = (v) => {
  const problem = checkAttempt(v);
  if (problem !== undefined || !isObj(v) || v['last'] === undefined) return problem;
  const last = checkAttempt(v['last']);
  return last === undefined ? undefined : `"last" ${last}`;
};

const checkVisited: Check = (v) => (isTime(v) ? undefined : 'is not a time');

const checkCode: Check = (v) => {
  if (!isObj(v)) return 'is not saved code';
  if (typeof v['code'] !== 'string') return 'needs "code" text';
  if (!isTime(v['savedAt'])) return 'needs a "savedAt" time';
  return typeof v['starterHash'] === 'string' ? undefined : 'needs a "starterHash"';
};

const attempt = (v: QuizAttempt): QuizAttempt => ({ correct: v.correct, total: v.total, at: v.at });
// Rebuilding each entry keeps exactly the fields we know, whatever else a file carried.
const pickPassed = (v: { passedAt: number }) => ({ passedAt: v.passedAt });
const pickQuiz = (v: QuizScore): QuizScore =>
  v.last ? { ...attempt(v), last: attempt(v.last) } : attempt(v);
const pickCode = (v: SavedCode): SavedCode => ({
  code: v.code,
  savedAt: v.savedAt,
  starterHash: v.starterHash,
});

/** Thrown inside parsing; its message is shown to the learner. */
class Invalid extends Error {}

/**
 * Copy the entries of `map` whose key is known and whose value passes `check`. A malformed entry
 * throws when `strict` (import) and is dropped otherwise (export of possibly old local data).
 * Unknown keys are collected in `ignored`; they are never used as keys, so `__proto__` is harmless.
 */
function entries<T>(
  map: unknown,
  where: string,
  check: Check,
  pick: (v: T) => T,
  known: ReadonlySet<string>,
  strict: boolean,
  ignored: Set<string>,
): Record<string, T> {
  if (!isObj(map)) {
    if (strict) throw new Invalid(`"${where}" is missing or is not a list of entries.`);
    return {};
  }
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(map)) {
    const problem = check(value);
    if (problem !== undefined) {
      if (strict) throw new Invalid(`"${where}" entry "${key}" ${problem}.`);
      continue;
    }
    if (known.has(key)) out[key] = pick(value as T);
    else ignored.add(key);
  }
  return out;
}

/**
 * The review record of a file or of local data: validated whole (strict throws, else it is left
 * out), then only cards of known chapters kept; a card for a question this version does not have
 * in a known chapter is kept here and dropped, with a notice, by the Review page.
 */
function reviewFrom(
  v: unknown,
  known: Known,
  strict: boolean,
  ignored: Set<string>,
): ReviewState | undefined {
  if (v === undefined) return undefined;
  const problem = reviewStateProblem(v);
  if (problem !== undefined) {
    if (strict) throw new Invalid(`"review" ${problem}.`);
    return undefined;
  }
  const { cards } = cleanReviewState(v as ReviewState);
  const kept: ReviewState = emptyReviewState();
  for (const [key, card] of Object.entries(cards)) {
    if (known.chapters.has(chapterOfKey(key))) kept.cards[key] = card;
    else ignored.add(`review ${key}`);
  }
  return kept;
}

function snapshotFrom(
  data: unknown,
  known: Known,
  strict: boolean,
  ignored: Set<string>,
): Snapshot {
  if (!isObj(data)) throw new Invalid('it has no "data" section.');
  const p = data['progress'];
  if (strict && !isObj(p)) throw new Invalid('"data.progress" is missing.');
  const progress = isObj(p) ? p : {};
  const review = reviewFrom(data['review'], known, strict, ignored);
  return {
    progress: {
      exercises: entries(
        progress['exercises'],
        'progress.exercises',
        checkPassed,
        pickPassed,
        known.exercises,
        strict,
        ignored,
      ),
      quizzes: entries(
        progress['quizzes'],
        'progress.quizzes',
        checkQuiz,
        pickQuiz,
        known.chapters,
        strict,
        ignored,
      ),
      visited: entries(
        progress['visited'],
        'progress.visited',
        checkVisited,
        (v: number) => v,
        known.chapters,
        strict,
        ignored,
      ),
    },
    code: entries(data['code'], 'code', checkCode, pickCode, known.exercises, strict, ignored),
    ...(review ? { review } : {}),
  };
}

/** Local data made fit for a file: unknown ids and malformed entries (from old versions) dropped. */
export function cleanSnapshot(local: Snapshot, known: Known): Snapshot {
  return snapshotFrom(local, known, false, new Set());
}

/** The file to download for `snapshot`. */
export function buildExport(snapshot: Snapshot, known: Known, site: string, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    site,
    data: cleanSnapshot(snapshot, known),
  };
}

/** `archlab-progress-2026-11-25.json` */
export function exportFileName(now: Date): string {
  return `archlab-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** Plain-words reason when a file of `bytes` is too big to read, else undefined. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This file is ${mb(bytes)}, too large for a progress file (at most ${mb(MAX_IMPORT_BYTES)}). Nothing was imported.`;
}

/**
 * Validate a file's text completely. Entries for chapters or exercises this version of the course
 * does not have are ignored (listed in `ignored`) rather than rejecting the file: a file from an
 * older or newer version still brings everything that fits. Anything malformed rejects the file.
 */
export function parseExport(text: string, known: Known): ParseResult {
  const tooBig = sizeProblem(new Blob([text]).size);
  if (tooBig) return { ok: false, reason: tooBig };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'This file is not a progress file: it is not valid JSON. Nothing was imported.',
    };
  }
  if (!isObj(json) || json['format'] !== EXPORT_FORMAT) {
    return {
      ok: false,
      reason:
        'This file is not an Architecture Lab progress file (use one made with "Download my progress"). Nothing was imported.',
    };
  }
  if (json['version'] !== EXPORT_VERSION) {
    return {
      ok: false,
      reason: `This progress file has version ${JSON.stringify(json['version'])}, but this site reads version ${EXPORT_VERSION}. Nothing was imported.`,
    };
  }
  try {
    const exportedAt = json['exportedAt'];
    if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))
      throw new Invalid('"exportedAt" is not a date.');
    if (typeof json['site'] !== 'string') throw new Invalid('"site" is missing.');
    const ignored = new Set<string>();
    const data = snapshotFrom(json['data'], known, true, ignored);
    return { ok: true, data, exportedAt, ignored: [...ignored].sort() };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return {
      ok: false,
      reason: `This progress file is damaged: ${e.message} Nothing was imported.`,
    };
  }
}

const chapterOf = (exerciseId: string) => exerciseId.split('/')[0] ?? exerciseId;

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
