/**
 * No console errors while the learner uses the page: search, theme, the phone menu, two editors.
 * Each page's load is checked in every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { chapterPages } from './support/site.ts';
import { openExercise } from './support/exercise.ts';

function collectErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

test('no console errors after opening search and the menu', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(chapterPages()[0] ?? '');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await box.fill('server');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole('button', { name: 'Chapters' }).click();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('no console errors with two editors on one page', async ({ page }) => {
  const errors = collectErrors(page);
  await openExercise(page, 'load-balancers/round-robin');
  const second = await openExercise(page, 'load-balancers/least-connections', { navigate: false });
  // Editor contributions arriving after the first editor made the second one throw on creation.
  await second.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// still typing');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__archlab?.exercises['load-balancers/least-connections']?.getCode(),
      ),
    )
    .toContain('// still typing');
  expect(errors).toEqual([]);
});
