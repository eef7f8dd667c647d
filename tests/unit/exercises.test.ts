/**
 * Every exercise, proven both ways through the same path the browser uses (esbuild → evaluate →
 * checks): its solution passes every check and its starter fails at least one.
 */
import { describe, expect, it, vi } from 'vitest';
import { discoverExercises } from '../support/exercises.ts';
import { runExercise } from '../support/runExercise.ts';

const exercises = discoverExercises();

describe('exercise discovery', () => {
  it('finds the exercises of chapter 1', () => {
    expect(exercises.map((e) => e.id)).toEqual(expect.arrayContaining(['servers/route-requests']));
  });
});

describe.each(exercises)('exercise $id', ({ checksPath, solution, starter }) => {
  it('solution passes every check', async () => {
    const result = await runExercise(checksPath, solution);
    expect(result.error).toBeUndefined();
    expect(result.checks.length).toBeGreaterThan(0);
    for (const check of result.checks) expect(check, check.message).toMatchObject({ passed: true });
  });

  it('starter fails at least one check', async () => {
    const result = await runExercise(checksPath, starter);
    expect(result.checks.length).toBeGreaterThan(0);
    expect(result.checks.some((c) => !c.passed)).toBe(true);
  });

  // Checks stay loaded between runs (in the browser's sandbox and here): a cache inside checks.ts
  // that is not keyed by the learner's code would hand the solution the starter's results.
  it('the solution still passes right after the starter ran', async () => {
    vi.resetModules(); // a fresh checks module, so the starter is its first run
    await runExercise(checksPath, starter);
    const result = await runExercise(checksPath, solution);
    expect(result.checks.every((c) => c.passed)).toBe(true);
  });
});
