/**
 * Hosts other than GitHub Pages. Many static hosts serve `.wasm` as `application/octet-stream`;
 * streaming compilation refuses that type, and every Run said the compiler could not be loaded
 * (issue 16). When the compiler truly cannot load, the status does not blame the learner's code.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

const exercise = discoverExercises().find((e) => e.id === 'servers/route-requests')!;

// The page's own requests, as the host answers them (a service worker would answer from its cache).
test.use({ serviceWorkers: 'block' });

test('a host serving .wasm as application/octet-stream: Run still compiles and grades', async ({
  page,
}) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
    });
  });
  const island = await openExercise(page, exercise.id);
  await setCode(page, exercise.id, exercise.solution);
  await runAndWait(island, 60_000);
  await expect(island).toHaveAttribute('data-state', 'passed');
  await expect(island.locator('[data-status]')).toHaveText('All checks passed.');
});

test('a compiler that cannot load is not reported as an error in the learner code', async ({
  page,
}) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 503, body: '' }));
  const island = await openExercise(page, exercise.id);
  const results = await runAndWait(island, 60_000);
  await expect(results).toContainText('The compiler could not be loaded');
  const status = island.locator('[data-status]');
  await expect(status).not.toHaveText('There is an error to fix.');
  await expect(status).toContainText('not in your code');
});
