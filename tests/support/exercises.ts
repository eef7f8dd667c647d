/** Discover every exercise folder under lessons/, for the unit and browser tests alike. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exercises } from '../../course/node.ts';

/** One exercise on disk. */
export interface ExerciseOnDisk {
  /** `chapter/slug`, as used by `<Exercise id>`. */
  id: string;
  chapter: string;
  dir: string;
  starter: string;
  solution: string;
  checksPath: string;
  /** Graded learner attempts in `corpus/`, sorted by file name. */
  corpus: CorpusAttempt[];
}

/** What an attempt in an exercise's corpus must get from the checks. */
export type CorpusExpectation =
  | { outcome: 'pass' }
  /** The check whose name starts with `check` fails (others may fail too). */
  | { outcome: 'fail'; check: string }
  /** The run stops with an error whose message contains `message`. */
  | { outcome: 'error'; message: string };

/** One learner attempt: `exercises/<slug>/corpus/<name>.ts`, its expectation in a doc comment. */
export interface CorpusAttempt {
  /** File name without `.ts`. */
  name: string;
  path: string;
  source: string;
  expect: CorpusExpectation;
  /** The approach or the mistake, in the file's own words (the comment under `@expect`). */
  description: string;
}

/**
 * Parse a corpus file's leading doc comment:
 * `@expect pass`, `@expect fail: <check name prefix>` or `@expect error: <message part>`, then
 * a line or more describing the approach or the mistake.
 * @throws Error naming the file when the tag is missing, unknown or has no description.
 */
export function parseCorpusAttempt(path: string, source: string): CorpusAttempt {
  const name = basename(path, '.ts');
  const head = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  const lines = (head?.[1] ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean);
  const tag = lines.find((l) => l.startsWith('@expect'));
  const description = lines.filter((l) => !l.startsWith('@')).join(' ');
  const m = tag ? /^@expect\s+(pass|fail|error)\s*(?::\s*(.+))?$/.exec(tag) : null;
  if (!m)
    throw new Error(
      `${path}: the leading /** */ comment needs "@expect pass", "@expect fail: <check>" or "@expect error: <text>"`,
    );
  if (!description) throw new Error(`${path}: describe the approach or the mistake under @expect`);
  const [, outcome, arg] = m;
  if (outcome === 'pass') return { name, path, source, expect: { outcome }, description };
  if (!arg)
    throw new Error(
      `${path}: "@expect ${outcome}:" needs the ${outcome === 'fail' ? 'check name' : 'message'} after the colon`,
    );
  const expect: CorpusExpectation =
    outcome === 'fail' ? { outcome, check: arg } : { outcome: 'error', message: arg };
  return { name, path, source, expect, description };
}

function readCorpus(dir: string): CorpusAttempt[] {
  const corpusDir = join(dir, 'corpus');
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => parseCorpusAttempt(join(corpusDir, f), readFileSync(join(corpusDir, f), 'utf8')));
}

/** Every `lessons/NN-chapter/exercises/<slug>/` folder with starter, solution and checks. */
export function discoverExercises(): ExerciseOnDisk[] {
  return exercises().map((e) => ({
    id: e.id,
    chapter: e.chapter,
    dir: e.dir,
    starter: readFileSync(e.starterPath, 'utf8'),
    solution: readFileSync(e.solutionPath, 'utf8'),
    checksPath: e.checksPath,
    corpus: readCorpus(e.dir),
  }));
}
