/**
 * Every exercise in the real browser, through real Monaco, esbuild-wasm and the sandbox Worker:
 * the starter fails at least one check and the reference solution passes every check; a sample of
 * its corpus (the first correct approach and the first mistake by file name; Node grades them all)
 * is graded the same way here as in Node.
 * One page load per chapter runs all of its exercises: a second editor on the page, and runs
 * after failures, are exercised too, and the editor and compiler load once per chapter.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { discoverExercises, type ExerciseOnDisk } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

/**
 * One browser context per test worker, a fresh page per chapter: like a learner going from chapter
 * to chapter, the HTTP cache keeps Monaco, esbuild.wasm and the compiled code they need, so each
 * chapter does not pay for a first visit again.
 */
const test = base.extend<
  { page: Page },
  { learnerContext: import('@playwright/test').BrowserContext }
>({
  learnerContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ learnerContext }, use) => {
    const page = await learnerContext.newPage();
    await use(page);
    await page.close();
  },
});

const byChapter = new Map<string, ExerciseOnDisk[]>();
for (const exercise of discoverExercises()) {
  byChapter.set(exercise.chapter, [...(byChapter.get(exercise.chapter) ?? []), exercise]);
}

for (const [chapter, exercises] of byChapter) {
  test(`chapter ${chapter}: each starter fails a check and each solution passes every check (${exercises
    .map((e) => e.id.split('/')[1])
    .join(', ')})`, async ({ page }) => {
    test.setTimeout(90_000 * exercises.length);
    let first = true;
    for (const exercise of exercises) {
      await test.step(exercise.id, async () => {
        const island = await openExercise(page, exercise.id, { navigate: first });
        first = false;

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

        const correct = exercise.corpus.find((a) => a.expect.outcome === 'pass');
        if (correct) {
          await setCode(page, exercise.id, correct.source);
          results = await runAndWait(island);
          await expect(results.locator('.results-summary'), correct.name).toHaveText(/^All/);
        }
        const mistake = exercise.corpus.find((a) => a.expect.outcome === 'fail');
        if (mistake?.expect.outcome === 'fail') {
          await setCode(page, exercise.id, mistake.source);
          results = await runAndWait(island);
          const failed = results.locator('.results-checks li.is-fail', {
            has: page.locator('strong', { hasText: mistake.expect.check }),
          });
          await expect(failed, mistake.name).toHaveCount(1);
          await expect(failed.locator('.results-message')).not.toBeEmpty();
        }
      });
    }
  });
}
