/**
 * Every exercise in the real browser, through real Monaco, esbuild-wasm and the sandbox Worker:
 * the starter fails at least one check and the reference solution passes every check.
 * Both runs share one page load: the second Run also proves the Worker is reused after a failure.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

for (const exercise of discoverExercises()) {
  test(`exercise ${exercise.id}: the starter fails a check, the solution passes every check`, async ({
    page,
  }) => {
    const island = await openExercise(page, exercise.id);

    await setCode(page, exercise.id, exercise.starter);
    let results = await runAndWait(island);
    await expect(results.locator('.results-summary')).not.toHaveText(/^All/);
    expect(await results.locator('.results-checks li.is-fail').count()).toBeGreaterThan(0);
    await expect(island).toHaveAttribute('data-state', 'failed');

    await setCode(page, exercise.id, exercise.solution);
    results = await runAndWait(island);
    await expect(results.locator('.results-summary')).toHaveText(/^All \d+ checks passed\./);
    await expect(results.locator('.results-checks li.is-fail')).toHaveCount(0);
    await expect(island).toHaveAttribute('data-state', 'passed');
  });
}
