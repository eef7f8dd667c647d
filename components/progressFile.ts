/**
 * Validating the progress file a learner downloads and imports (its format is in
 * ./progressExport.ts): zod schemas, as for every file the course reads from outside. A file is
 * checked completely before anything is written, so a bad file changes nothing. The progress page
 * loads this module only when a file is made or read: zod stays out of every page's first load.
 */
import { z } from 'astro/zod';
import { fail, ok, type Result } from '../course/result.ts';
import type { QuizScore } from './progress.ts';
import type { SavedCode } from './exercise/codeStore.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  sizeProblem,
  type ExportFile,
  type Known,
  type ParsedExport,
  type Snapshot,
} from './progressExport.ts';
import {
  chapterOfKey,
  checkReviewState,
  emptyReviewState,
  type ReviewState,
} from './review/state.ts';

// zod compiles fast parsers with `new Function` after probing `Function('')`; the site's
// Content-Security-Policy forbids both and reports the probe. Jitless parsing never tries.
z.config({ jitless: true });

// Every schema carries its own plain-words problem, so the first issue reads as the reason.
const time = (problem: string) => z.number({ error: problem }).min(0, { error: problem });
const count = (problem: string, min = 0) =>
  z.number({ error: problem }).int({ error: problem }).min(min, { error: problem });

const passedSchema = z.object(
  { passedAt: time('needs a "passedAt" time') },
  { error: 'needs a "passedAt" time' },
);

/** A quiz attempt; `prefix` names where it sits (`"last" ` for the latest attempt). */
const attemptSchema = (prefix = '') => {
  const wholeNumbers = `${prefix}needs whole numbers "correct" ≤ "total"`;
  return z
    .object(
      {
        correct: count(wholeNumbers),
        total: count(wholeNumbers, 1),
        at: time(`${prefix}needs an "at" time`),
      },
      { error: `${prefix}is not a quiz score` },
    )
    .refine((v) => v.correct <= v.total, { error: wholeNumbers });
};

/** Best attempt at top level; `last` absent in records written before it existed. */
const quizSchema = z.intersection(
  attemptSchema(),
  z.object({ last: attemptSchema('"last" ').exactOptional() }),
);

const visitedSchema = time('is not a time');

const codeSchema = z.object(
  {
    code: z.string({ error: 'needs "code" text' }),
    savedAt: time('needs a "savedAt" time'),
    starterHash: z.string({ error: 'needs a "starterHash"' }),
  },
  { error: 'is not saved code' },
);

/** The problem zod found first, in the schema's own words. */
function problemOf(result: { success: boolean; error?: z.ZodError }): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'is malformed');
}

type Obj = Record<string, unknown>;
const objectSchema = z.record(z.string(), z.unknown());
const asObj = (v: unknown): Obj | undefined => {
  const r = objectSchema.safeParse(v);
  return r.success && !Array.isArray(v) ? (v as Obj) : undefined;
};

/** Thrown inside parsing; its message is shown to the learner. */
class Invalid extends Error {}

/**
 * Copy the entries of `map` whose key is known and whose value the schema accepts (rebuilt by it
 * with the known fields only). A malformed entry throws when `strict` (import) and is dropped
 * otherwise (export of possibly old local data). Unknown keys are collected in `ignored`; they are
 * never used as keys, so `__proto__` is harmless.
 */
function entries<T>(
  map: unknown,
  where: string,
  schema: z.ZodType<T>,
  known: ReadonlySet<string>,
  strict: boolean,
  ignored: Set<string>,
): Record<string, T> {
  const obj = asObj(map);
  if (!obj) {
    if (strict) throw new Invalid(`"${where}" is missing or is not a list of entries.`);
    return {};
  }
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(obj)) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      if (strict) throw new Invalid(`"${where}" entry "${key}" ${problemOf(parsed)}.`);
      continue;
    }
    if (known.has(key)) out[key] = parsed.data;
    else ignored.add(key);
  }
  return out;
}

/**
 * The review record of a file or of local data, checked by the same guard as the stored record
 * (one rule for both): validated whole (strict throws, else it is left out), then only cards of
 * known chapters kept; a card for a question this version does not have in a known chapter is
 * kept here and dropped, with a notice, by the Review page.
 */
function reviewFrom(
  v: unknown,
  known: Known,
  strict: boolean,
  ignored: Set<string>,
): ReviewState | undefined {
  if (v === undefined) return undefined;
  const checked = checkReviewState(v);
  if (!checked.ok) {
    if (strict) throw new Invalid(`"review" ${checked.message}.`);
    return undefined;
  }
  const kept: ReviewState = emptyReviewState();
  for (const [key, card] of Object.entries(checked.value.cards)) {
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
  const d = asObj(data);
  if (!d) throw new Invalid('it has no "data" section.');
  const p = asObj(d['progress']);
  if (strict && !p) throw new Invalid('"data.progress" is missing.');
  const progress = p ?? {};
  const review = reviewFrom(d['review'], known, strict, ignored);
  const section = <T>(key: string, schema: z.ZodType<T>, ids: ReadonlySet<string>) =>
    entries(progress[key], `progress.${key}`, schema, ids, strict, ignored);
  return {
    progress: {
      exercises: section('exercises', passedSchema, known.exercises),
      quizzes: section<QuizScore>('quizzes', quizSchema, known.chapters),
      visited: section('visited', visitedSchema, known.chapters),
    },
    code: entries<SavedCode>(d['code'], 'code', codeSchema, known.exercises, strict, ignored),
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

const formatSchema = z.looseObject({ format: z.literal(EXPORT_FORMAT) });
const versionSchema = z.looseObject({ version: z.literal(EXPORT_VERSION) });
const envelopeSchema = z.looseObject({
  exportedAt: z
    .string({ error: '"exportedAt" is not a date.' })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: '"exportedAt" is not a date.' }),
  site: z.string({ error: '"site" is missing.' }),
});

/**
 * Validate a file's text completely. Entries for chapters or exercises this version of the course
 * does not have are ignored (listed in `ignored`) rather than rejecting the file: a file from an
 * older or newer version still brings everything that fits. Anything malformed rejects the file.
 */
export function parseExport(text: string, known: Known): Result<ParsedExport> {
  const tooBig = sizeProblem(new Blob([text]).size);
  if (tooBig) return fail(tooBig);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('This file is not a progress file: it is not valid JSON. Nothing was imported.');
  }
  if (!formatSchema.safeParse(json).success) {
    return fail(
      'This file is not an Architecture Lab progress file (use one made with "Download my progress"). Nothing was imported.',
    );
  }
  const file = json as Obj;
  if (!versionSchema.safeParse(file).success) {
    return fail(
      `This progress file has version ${JSON.stringify(file['version'])}, but this site reads version ${EXPORT_VERSION}. Nothing was imported.`,
    );
  }
  try {
    const envelope = envelopeSchema.safeParse(file);
    if (!envelope.success) throw new Invalid(problemOf(envelope));
    const ignored = new Set<string>();
    const data = snapshotFrom(file['data'], known, true, ignored);
    return ok({ data, exportedAt: envelope.data.exportedAt, ignored: [...ignored].sort() });
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return fail(`This progress file is damaged: ${e.message} Nothing was imported.`);
  }
}
