/**
 * Teacher mode: `npm run new:exercise` on a temporary copy of the lessons. The scaffold lands in the
 * right folder and frontmatter, refuses what it must, and is already a valid exercise: its starter
 * fails a check and its solution passes, through the same path as every other exercise.
 */
import { spawnSync } from 'node:child_process';
import {
  readdirSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewExerciseError, newExercise } from '../../scripts/new-exercise.ts';
import { runExercise } from '../support/runExercise.ts';
import { lessonFile } from '../../course/node.ts';
import { parseCorpusAttempt } from '../support/exercises.ts';

const repo = join(import.meta.dirname, '..', '..');
let lessonsRoot: string;
const mdxOf = (folder: string) => readFileSync(join(lessonsRoot, folder, 'index.mdx'), 'utf8');
const frontmatterOf = (mdx: string) => mdx.slice(0, mdx.indexOf('\n---', 4));

beforeEach(() => {
  lessonsRoot = mkdtempSync(join(tmpdir(), 'archlab-lessons-'));
  // The real chapter, wherever the course numbers it, copied under a fixed folder name.
  cpSync(lessonFile('load-balancers'), join(lessonsRoot, '06-load-balancers'), {
    recursive: true,
  });
  // A chapter with no exercises list and no quiz.
  mkdirSync(join(lessonsRoot, '07-caching'));
  writeFileSync(
    join(lessonsRoot, '07-caching', 'index.mdx'),
    "---\ntitle: 'Caching'\norder: 12\nsummary: 'Keep answers close.'\nobjectives:\n  - 'Explain a cache'\n---\n\nProse.\n",
  );
});
afterEach(() => rmSync(lessonsRoot, { recursive: true, force: true }));

describe('new:exercise', () => {
  it('scaffolds the files, lists the exercise and places it before the quiz', () => {
    const before = mdxOf('06-load-balancers');
    const made = newExercise({ lessonsRoot, chapter: 'load-balancers', slug: 'sticky-sessions' });

    expect(made.id).toBe('load-balancers/sticky-sessions');
    for (const f of ['starter.ts', 'solution.ts', 'checks.ts'])
      expect(existsSync(join(made.dir, f)), f).toBe(true);
    expect(made.dir).toBe(join(lessonsRoot, '06-load-balancers', 'exercises', 'sticky-sessions'));

    const after = mdxOf('06-load-balancers');
    const fm = frontmatterOf(after);
    // The new entry follows the existing ones, which are all kept.
    expect(fm).toContain("  - slug: sticky-sessions\n    title: 'Sticky sessions'\n    goal: '");
    for (const slug of ['round-robin', 'least-connections', 'beat-round-robin', 'health-checks'])
      expect(fm).toContain(`  - slug: ${slug}\n`);
    expect(fm.indexOf('slug: health-checks')).toBeLessThan(fm.indexOf('slug: sticky-sessions'));
    // Placed once, above the quiz's heading; nothing else in the body changed.
    expect(made.placed).toBe('before the quiz');
    expect(after).toContain(
      '<Exercise id="load-balancers/sticky-sessions" />\n\n## Check yourself\n\n<Quiz',
    );
    const body = (mdx: string) =>
      mdx.slice(mdx.indexOf('\n---', 4)).replace(`${made.exerciseLine}\n\n`, '');
    expect(body(after)).toBe(body(before));
  });

  it('accepts the numbered folder name and creates the list in a chapter without one', () => {
    expect(newExercise({ lessonsRoot, chapter: '06-load-balancers', slug: 'weights' }).id).toBe(
      'load-balancers/weights',
    );
    const made = newExercise({ lessonsRoot, chapter: 'caching', slug: 'hit-ratio' });
    const mdx = mdxOf('07-caching');
    expect(frontmatterOf(mdx)).toMatch(/\nexercises:\n {2}- slug: hit-ratio\n/);
    expect(made.placed).toBe('at the end');
    expect(mdx.endsWith('Prose.\n\n<Exercise id="caching/hit-ratio" />\n')).toBe(true);
  });

  it('refuses a bad slug, an unknown chapter and an existing exercise, writing nothing', () => {
    const before = mdxOf('06-load-balancers');
    const attempt = (chapter: string, slug: string) => () =>
      newExercise({ lessonsRoot, chapter, slug });

    for (const slug of ['Sticky', 'sticky_sessions', 'sticky--sessions', '-sticky', ''])
      expect(attempt('load-balancers', slug)).toThrow(/must be kebab-case/);
    expect(attempt('load-balancer', 'x')).toThrow(
      new NewExerciseError('Unknown chapter "load-balancer". Chapters: load-balancers, caching.'),
    );
    expect(attempt('load-balancers', 'round-robin')).toThrow(
      /already exists; refusing to overwrite/,
    );
    expect(mdxOf('06-load-balancers')).toBe(before);

    // Listed in the frontmatter but with no folder: still refused, and no folder is left behind.
    rmSync(join(lessonsRoot, '06-load-balancers', 'exercises', 'health-checks'), {
      recursive: true,
    });
    expect(attempt('load-balancers', 'health-checks')).toThrow(
      /already lists an exercise "health-checks"/,
    );
    expect(existsSync(join(lessonsRoot, '06-load-balancers', 'exercises', 'health-checks'))).toBe(
      false,
    );
    expect(mdxOf('06-load-balancers')).toBe(before);
  });

  it('the command line prints the <Exercise> line, and exits 1 listing the chapters when unknown', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(repo, 'scripts', 'new-exercise.ts'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, ARCHLAB_LESSONS_DIR: lessonsRoot },
      });
    const ok = run('caching', 'warm-up');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('<Exercise id="caching/warm-up" />');

    const bad = run('--lessons', lessonsRoot, 'nope', 'warm-up');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Unknown chapter "nope". Chapters: load-balancers, caching.');
    expect(run('only-one-arg').status).toBe(2);
  });

  it('the scaffold is a valid exercise: the starter fails a check, the solution passes', async () => {
    const { dir } = newExercise({
      lessonsRoot,
      chapter: 'load-balancers',
      slug: 'sticky-sessions',
    });
    const checks = join(dir, 'checks.ts');
    const solution = await runExercise(checks, readFileSync(join(dir, 'solution.ts'), 'utf8'));
    expect(solution.error).toBeUndefined();
    expect(solution.checks.length).toBeGreaterThan(0);
    for (const c of solution.checks) expect(c, c.message).toMatchObject({ passed: true });

    const starter = await runExercise(checks, readFileSync(join(dir, 'starter.ts'), 'utf8'));
    expect(starter.checks.some((c) => !c.passed)).toBe(true);

    // Its corpus of learner attempts is graded right too, as every exercise's must be.
    const corpus = readdirSync(join(dir, 'corpus')).map((f) =>
      parseCorpusAttempt(f, readFileSync(join(dir, 'corpus', f), 'utf8')),
    );
    expect(corpus.filter((a) => a.expect.outcome === 'pass').length).toBeGreaterThanOrEqual(2);
    expect(corpus.filter((a) => a.expect.outcome === 'fail').length).toBeGreaterThanOrEqual(4);
    for (const attempt of corpus) {
      const result = await runExercise(checks, attempt.source);
      const passed = result.checks.every((c) => c.passed);
      expect(passed, `${attempt.name}: ${result.checks.map((c) => c.message).join('; ')}`).toBe(
        attempt.expect.outcome === 'pass',
      );
    }
  });
});
