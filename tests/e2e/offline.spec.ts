/**
 * Offline use through the service worker (integrations/serviceWorker): a chapter visited online,
 * with an exercise run once, reloads and runs its exercise offline; a never-visited page shows the
 * site's offline page instead of the browser's error.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { exerciseLocator, runAndWait, setCode } from './support/exercise.ts';

const exercise = discoverExercises().find((e) => e.id === 'servers/route-requests')!;

/** Hover the island (the learner's intent) and wait for its editor. */
async function openHere(page: import('@playwright/test').Page) {
  const island = exerciseLocator(page, exercise.id);
  await island.scrollIntoViewIfNeeded();
  await island.hover();
  await expect(island).toHaveAttribute('data-ready', '');
  return island;
}

test('visited chapters and the runner work offline; other pages show the offline page', async ({
  page,
  context,
}) => {
  // A long journey: two full exercise runs (editor, type checker, compiler, sandbox) and five
  // navigations, online then offline. On a two-core machine beside another browser it needs more
  // than the default minute.
  test.slow();
  await page.goto(`learn/${exercise.chapter}/`);
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  // The worker controls the page and has cached what the page loaded before it took over.
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', '');
  let island = await openHere(page);
  await setCode(page, exercise.id, exercise.solution);
  await runAndWait(island);
  await expect(island).toHaveAttribute('data-state', 'passed');
  await page.goto('learn/load-balancers/');
  const otherTitle = await page.getByRole('heading', { level: 1 }).innerText();

  await context.setOffline(true);
  await page.goto(`learn/${exercise.chapter}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  island = await openHere(page);
  await setCode(page, exercise.id, exercise.solution);
  const results = await runAndWait(island);
  await expect(island).toHaveAttribute('data-state', 'passed');
  await expect(results.locator('.results-checks li.is-fail')).toHaveCount(0);

  await page.goto('learn/load-balancers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherTitle);
  // A link or a typed address without the trailing slash finds the same cached chapter.
  await page.goto('learn/load-balancers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherTitle);

  await page.goto('learn/capstone/');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Course home' })).toBeVisible();
});
