import { expect, test } from '@playwright/test';
import { chapterPages, settled } from './support/site.ts';

const first = chapterPages()[0] ?? '';

test('reading a chapter loads no search code until the search box is focused', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto(first);
  await settled(page);
  expect(pagefind, 'no Pagefind requests before the learner searches').toEqual([]);
  const loaded = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
  await page.getByRole('searchbox', { name: 'Search the course' }).focus();
  await loaded;
});

test('a word from a chapter finds that chapter, and the result opens it', async ({ page }) => {
  await page.goto(first);
  // Pick a distinctive word from the chapter's own prose, so the test follows the content.
  const text = await page.locator('[data-pagefind-body] .prose p').first().innerText();
  const word = (text.match(/[A-Za-z]{5,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
  expect(word, 'chapter prose has a word to search for').toBeTruthy();

  await page.goto('');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await box.click();
  await box.fill(word ?? '');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toContainText(word ?? '');
  const hit = results.locator(`a[href$="${first}"]`).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${first}$`));
});

test('"/" focuses search and Escape clears it', async ({ page }) => {
  await page.goto(first);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await page.keyboard.type('server');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeHidden();
});
