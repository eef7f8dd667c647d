/**
 * Every exercise in the real browser, through real Monaco, esbuild-wasm and the sandbox Worker:
 * the reference solution passes every check and the starter fails at least one.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

for (const exercise of discoverExercises()) {
  test.describe(`exercise ${exercise.id}`, () => {
    test('the solution passes every check', async ({ page }) => {
      const island = await openExercise(page, exercise.id);
      await setCode(page, exercise.id, exercise.solution);
      const results = await runAndWait(island);
      await expect(results.locator('.results-summary')).toHaveText(/^All \d+ checks passed\./);
      await expect(results.locator('.results-checks li.is-fail')).toHaveCount(0);
      await expect(island).toHaveAttribute('data-state', 'passed');
    });

    test('the starter fails at least one check', async ({ page }) => {
      const island = await openExercise(page, exercise.id);
      await setCode(page, exercise.id, exercise.starter);
      const results = await runAndWait(island);
      await expect(results.locator('.results-summary')).not.toHaveText(/^All/);
      expect(await results.locator('.results-checks li.is-fail').count()).toBeGreaterThan(0);
      await expect(island).toHaveAttribute('data-state', 'failed');
    });
  });
}
