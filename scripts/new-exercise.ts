/**
 * Teacher mode: `npm run new:exercise -- <chapter> <slug>` scaffolds
 * `lessons/NN-chapter/exercises/<slug>/{starter,solution,checks}.ts`, lists the exercise in the
 * chapter's frontmatter and places `<Exercise id="chapter/slug" />` just before the chapter's quiz
 * (or at the end when it has none). The scaffold is already a valid exercise — its starter fails a
 * check and its solution passes — so `npm test` proves it from the first run; edit all three files,
 * the title, goal and hints. Lessons root: `--lessons <dir>` or ARCHLAB_LESSONS_DIR (tests use a copy).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChapter, type ChapterOnDisk } from '../course/node.ts';
import { itemId, LESSONS_DIR, SLUG } from '../course/paths.ts';

/** A refusal with a message for the teacher (bad slug, unknown chapter, existing exercise). */
export class NewExerciseError extends Error {}

/** What `newExercise` wrote. */
export interface NewExerciseResult {
  /** `chapter/slug`, as `<Exercise id>` takes it. */
  id: string;
  /** The exercise folder. */
  dir: string;
  /** The chapter's index.mdx, whose frontmatter and body were edited. */
  mdxPath: string;
  /** The line placed in the MDX. */
  exerciseLine: string;
  /** Where it went: before the chapter's quiz, or at the end of a chapter without one. */
  placed: 'before the quiz' | 'at the end';
}

/** `load-balancers` or `06-load-balancers` → that chapter's folder, by the course's one rule. */
function findChapterOrRefuse(lessonsRoot: string, chapter: string): ChapterOnDisk {
  const found = findChapter(chapter, lessonsRoot);
  if (!found.ok) throw new NewExerciseError(found.message);
  return found.value;
}

/** `pool-size` → `Pool size`: a placeholder title the teacher replaces. */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The frontmatter entry, in the two-space style the chapters use. */
function frontmatterEntry(slug: string): string[] {
  return [
    `  - slug: ${slug}`,
    `    title: '${titleFromSlug(slug)}'`,
    `    goal: 'Write capacity(cores, serviceTimeMs): how many requests per second a server completes when every core is busy. (Placeholder: replace with this exercise’s goal.)'`,
    `    hints:`,
    `      - 'One core finishes 1000 ÷ serviceTimeMs requests per second.'`,
    `      - 'Cores work in parallel: multiply by the number of cores.'`,
  ];
}

/** Adds the entry to the `exercises:` list of the frontmatter (creating the list if needed). */
function addToFrontmatter(mdx: string, slug: string, mdxPath: string): string {
  const lines = mdx.split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close < 0) throw new NewExerciseError(`${mdxPath} has no frontmatter.`);
  const entry = frontmatterEntry(slug);
  const listAt = lines.findIndex((l, i) => i < close && /^exercises:/.test(l));
  if (listAt < 0) {
    lines.splice(close, 0, 'exercises:', ...entry);
  } else if (/^exercises:\s*\[\s*\]\s*$/.test(lines[listAt] ?? '')) {
    lines.splice(listAt, 1, 'exercises:', ...entry);
  } else {
    // The list runs until the next top-level key or the closing `---`.
    let end = listAt + 1;
    while (end < close && (/^\s/.test(lines[end] ?? '') || lines[end] === '')) end++;
    const existing = lines.slice(listAt + 1, end);
    if (existing.some((l) => new RegExp(`^\\s*- slug:\\s*['"]?${slug}['"]?\\s*$`).test(l))) {
      throw new NewExerciseError(`${mdxPath} already lists an exercise "${slug}".`);
    }
    lines.splice(end, 0, ...entry);
  }
  return lines.join('\n');
}

/** Places the `<Exercise>` line before the quiz, or at the end of a chapter without one. */
function placeInBody(
  mdx: string,
  exerciseLine: string,
): { mdx: string; placed: NewExerciseResult['placed'] } {
  const lines = mdx.split('\n');
  let quizAt = lines.findIndex((l) => l.startsWith('<Quiz'));
  // Keep the quiz's own heading (e.g. "## Check yourself") with the quiz.
  let above = quizAt - 1;
  while (above > 0 && lines[above] === '') above--;
  if (quizAt > 0 && /^#{2,3} /.test(lines[above] ?? '')) quizAt = above;
  if (quizAt >= 0) {
    lines.splice(quizAt, 0, exerciseLine, '');
    return { mdx: lines.join('\n'), placed: 'before the quiz' };
  }
  return { mdx: `${mdx.replace(/\n*$/, '')}\n\n${exerciseLine}\n`, placed: 'at the end' };
}

/** Scaffolds one exercise; throws NewExerciseError (and writes nothing) when it must refuse. */
export function newExercise(options: {
  lessonsRoot: string;
  chapter: string;
  slug: string;
}): NewExerciseResult {
  const { lessonsRoot, chapter, slug } = options;
  if (!SLUG.test(slug)) {
    throw new NewExerciseError(
      `The exercise slug "${slug}" must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "pool-size".`,
    );
  }
  const found = findChapterOrRefuse(lessonsRoot, chapter);
  const dir = join(found.dir, 'exercises', slug);
  if (existsSync(dir)) {
    throw new NewExerciseError(`${dir} already exists; refusing to overwrite it.`);
  }
  const mdxPath = join(found.dir, 'index.mdx');
  const id = itemId(found.id, slug);
  const exerciseLine = `<Exercise id="${id}" />`;
  // Edit the text first, so a refusal there leaves no half-made exercise folder behind.
  const { mdx, placed } = placeInBody(
    addToFrontmatter(readFileSync(mdxPath, 'utf8'), slug, mdxPath),
    exerciseLine,
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'starter.ts'), STARTER);
  writeFileSync(join(dir, 'solution.ts'), SOLUTION);
  writeFileSync(join(dir, 'checks.ts'), CHECKS);
  mkdirSync(join(dir, 'corpus'));
  for (const [name, source] of Object.entries(CORPUS)) {
    writeFileSync(join(dir, 'corpus', `${name}.ts`), source);
  }
  writeFileSync(mdxPath, mdx);
  return { id, dir, mdxPath, exerciseLine, placed };
}

const INTRO = `// Placeholder exercise made by \`npm run new:exercise\`: replace the task, keep the shape.
// The learner edits this file; checks.ts calls what it exports.
`;

const STARTER = `${INTRO}
/** Requests per second a server completes when all of its cores are busy. */
export function capacity(cores: number, serviceTimeMs: number): number {
  // TODO: one core finishes 1000 / serviceTimeMs requests per second.
  return 0;
}
`;

const SOLUTION = `${INTRO}
/** Requests per second a server completes when all of its cores are busy. */
export function capacity(cores: number, serviceTimeMs: number): number {
  return (cores * 1000) / serviceTimeMs;
}
`;

const CHECKS = `// Checks run the learner's code, here against the engine's simulation, and fail with a message
// that says what was expected and what happened. The unit and browser tests run them both ways.
import { defineChecks, describe, expectClose, fail, simulate } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Servers the checks try: cores and mean service time (ms). */
const CASES = [
  { cores: 1, serviceTimeMs: 10 },
  { cores: 4, serviceTimeMs: 25 },
] as const;

function learnerCapacity(learner: Learner, cores: number, serviceTimeMs: number): number {
  const value: unknown = learner.capacity(cores, serviceTimeMs);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(\`capacity(\${cores}, \${serviceTimeMs}) should be a number, got \${describe(value)}\`);
  }
  return value;
}

export default defineChecks<Learner>({
  exports: ['capacity'],
  checks: [
    {
      name: 'capacity() matches what an overloaded simulated server completes',
      run: (learner) => {
        for (const { cores, serviceTimeMs } of CASES) {
          const predicted = learnerCapacity(learner, cores, serviceTimeMs);
          // Twice as many arrivals as the server can take keeps every core busy all the time.
          const result = simulate(
            {
              durationMs: 20_000,
              warmupMs: 2_000,
              traffic: { kind: 'poisson', ratePerSec: (2 * cores * 1000) / serviceTimeMs },
              servers: [{ cores, serviceTime: { kind: 'exponential', mean: serviceTimeMs } }],
            },
            { seed: 1 },
          );
          const measured = result.summary.throughputPerSec;
          expectClose(predicted, measured, measured * 0.05, \`capacity(\${cores}, \${serviceTimeMs})\`);
        }
        return 'capacity() agrees with the simulation within 5 %';
      },
    },
  ],
});
`;

/** The capacity() signature every corpus attempt shares. */
const attempt = (expectation: string, why: string, body: string) => `/**
 * @expect ${expectation}
 * ${why}
 */
export function capacity(cores: number, serviceTimeMs: number): number {
${body}
}
`;

/**
 * Learner attempts the checks must grade right (tests/unit/exercise-corpus.test.ts): at least two
 * different correct approaches and four plausible mistakes. Replace them with your exercise's.
 */
const CORPUS: Record<string, string> = {
  'pass-per-core-rate': attempt(
    'pass',
    "Works out one core's rate per second first, then multiplies by the cores.",
    '  const perCore = 1000 / serviceTimeMs;\n  return cores * perCore;',
  ),
  'pass-seconds-first': attempt(
    'pass',
    'Converts the service time to seconds, then divides the cores by it.',
    '  const seconds = serviceTimeMs / 1000;\n  return cores / seconds;',
  ),
  'fail-forgets-cores': attempt(
    'fail: capacity() matches',
    'Counts one core only: right for a one-core server, a quarter of the truth on four.',
    '  return 1000 / serviceTimeMs;',
  ),
  'fail-milliseconds': attempt(
    'fail: capacity() matches',
    'Forgets that the service time is in milliseconds: requests per millisecond.',
    '  return cores / serviceTimeMs;',
  ),
  'fail-headroom': attempt(
    'fail: capacity() matches',
    'Answers the safe load (80 % of capacity) instead of what a saturated server completes.',
    '  return (0.8 * cores * 1000) / serviceTimeMs;',
  ),
  'fail-hard-coded': attempt(
    'fail: capacity() matches',
    'Returns the one number worked out by hand for the first case.',
    '  return 100;',
  ),
};

function main(argv: string[]): number {
  const args = [...argv];
  let lessonsRoot =
    process.env['ARCHLAB_LESSONS_DIR'] ?? join(import.meta.dirname, '..', LESSONS_DIR);
  const flag = args.indexOf('--lessons');
  if (flag >= 0) {
    lessonsRoot = args[flag + 1] ?? '';
    args.splice(flag, 2);
  }
  const [chapter, slug, ...extra] = args;
  if (!chapter || !slug || extra.length > 0) {
    console.error('Usage: npm run new:exercise -- <chapter> <slug> [--lessons <dir>]');
    console.error('  e.g. npm run new:exercise -- load-balancers sticky-sessions');
    return 2;
  }
  try {
    const made = newExercise({ lessonsRoot: resolve(lessonsRoot), chapter, slug });
    const rel = (p: string) => relative(process.cwd(), p) || '.';
    console.log(
      `Created ${rel(made.dir)}/ with starter.ts, solution.ts, checks.ts and corpus/ (learner attempts).`,
    );
    console.log(
      `Listed "${slug}" in the exercises of ${rel(made.mdxPath)} and placed ${made.placed}:`,
    );
    console.log(`  ${made.exerciseLine}`);
    console.log(
      'Now edit the three files, the corpus, the title, goal and hints; `npm test` proves them.',
    );
    return 0;
  } catch (error) {
    if (error instanceof NewExerciseError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
