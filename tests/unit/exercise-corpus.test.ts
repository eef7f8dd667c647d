/**
 * Every exercise grades the idea, not one way of writing it: each has a corpus of learner attempts
 * beside it (`exercises/<slug>/corpus/*.ts`), at least two different correct approaches that must
 * pass and at least four plausible mistakes that must fail the check that catches them, with a
 * message. Run through the same path as the browser (esbuild → evaluate → checks).
 */
import { describe, expect, it } from 'vitest';
import { discoverExercises, parseCorpusAttempt } from '../support/exercises.ts';
import { runExercise } from '../support/runExercise.ts';

const exercises = discoverExercises();

describe('corpus file format', () => {
  it('reads pass, fail and error expectations with their descriptions', () => {
    const pass = parseCorpusAttempt('x/a.ts', '/**\n * @expect pass\n * Uses a map.\n */\n');
    expect(pass.expect).toEqual({ outcome: 'pass' });
    expect(pass.description).toBe('Uses a map.');
    const fail = parseCorpusAttempt('x/b.ts', '/** @expect fail: Takes turns\n * Restarts. */');
    expect(fail.expect).toEqual({ outcome: 'fail', check: 'Takes turns' });
    const error = parseCorpusAttempt(
      'x/c.ts',
      '/**\n * @expect error: not a function\n * Oops.\n */',
    );
    expect(error.expect).toEqual({ outcome: 'error', message: 'not a function' });
  });

  it('refuses a file without a tag or a description', () => {
    expect(() => parseCorpusAttempt('x/d.ts', 'export const a = 1;')).toThrow(/x\/d.ts/);
    expect(() => parseCorpusAttempt('x/e.ts', '/** @expect pass */')).toThrow(/describe/);
    expect(() => parseCorpusAttempt('x/f.ts', '/** @expect fail\n * no check */')).toThrow(
      /check name/,
    );
  });
});

describe.each(exercises)('corpus of $id', ({ checksPath, corpus }) => {
  it('has at least 2 correct approaches and 4 plausible mistakes', () => {
    const passing = corpus.filter((a) => a.expect.outcome === 'pass').map((a) => a.name);
    const failing = corpus.filter((a) => a.expect.outcome !== 'pass').map((a) => a.name);
    expect(passing.length, `correct approaches: ${passing.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(failing.length, `mistakes: ${failing.join(', ')}`).toBeGreaterThanOrEqual(4);
  });

  it.each(corpus.map((a) => [a.name, a] as const))('%s is graded right', async (_, attempt) => {
    const result = await runExercise(checksPath, attempt.source);
    const summary = [
      attempt.description,
      ...(result.error ? [`error: ${result.error.message}`] : []),
      ...result.checks.map((c) => `${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.message}`),
    ].join('\n');
    const { expect: want } = attempt;
    if (want.outcome === 'pass') {
      expect(result.error, summary).toBeUndefined();
      expect(result.checks.length, summary).toBeGreaterThan(0);
      expect(
        result.checks.every((c) => c.passed),
        summary,
      ).toBe(true);
    } else if (want.outcome === 'fail') {
      expect(result.error, summary).toBeUndefined();
      const check = result.checks.find((c) => c.name.startsWith(want.check));
      expect(check, `no check named "${want.check}…"\n${summary}`).toBeDefined();
      expect(check?.passed, summary).toBe(false);
      expect(check?.message.trim().length, summary).toBeGreaterThan(0);
    } else {
      expect(result.error?.message ?? '', summary).toContain(want.message);
    }
  });
});
