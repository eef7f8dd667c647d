import { expect, test, type Page } from '@playwright/test';
import { chapterPages } from './support/site.ts';
import { findChapter } from '../../course/node.ts';
import { unwrap } from '../../course/result.ts';

/** `servers` → `01-servers`, the folder the edit link points at. */
const lessonFolder = (chapter: string) => unwrap(findChapter(chapter)).folder;

const chapters = chapterPages();

async function chapterOrder(page: Page): Promise<string[]> {
  await page.goto('');
  const links = page.getByRole('list', { name: 'Chapters' }).getByRole('link');
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(/^.*\/learn\//, 'learn/'),
  );
}

test('home lists every chapter in order and opens the first', async ({ page }) => {
  const order = await chapterOrder(page);
  expect([...order].sort()).toEqual([...chapters].sort());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /architecture this course builds/i })).toBeVisible();
  await page.getByRole('link', { name: /start with chapter 1/i }).click();
  await expect(page).toHaveURL(new RegExp(`${order[0]}$`));
  await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link')).toHaveCount(
    order.length,
  );
});

/** A chapter has an edit link to its lesson file and a table of contents of its headings. */
async function expectTocAndEditLink(page: Page, chapter: string): Promise<void> {
  const edit = page.getByRole('link', { name: /edit this page/i });
  await expect(edit).toHaveAttribute(
    'href',
    new RegExp(`/edit/[^/]+/lessons/${lessonFolder(chapter.split('/')[1] ?? '')}/index\\.mdx$`),
  );
  const headings = await page.locator('.prose > h2[id], .prose > h3[id]').count();
  const toc = page.getByRole('navigation', { name: /on this page/i });
  if (headings === 0) await expect(toc).toHaveCount(0);
  else await expect(toc.getByRole('link')).toHaveCount(headings);
}

test('next and previous walk the chapters in order; each has a sidebar mark, a TOC and an edit link', async ({
  page,
}) => {
  const order = await chapterOrder(page);
  expect([...order].sort()).toEqual([...chapters].sort());
  await page.goto(order[0] ?? '');
  for (let i = 0; i < order.length; i++) {
    await expect(page).toHaveURL(new RegExp(`${order[i]}$`));
    const current = page
      .getByRole('navigation', { name: 'Chapters' })
      .locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', new RegExp(`${order[i]}$`));
    await expect(page.getByRole('region', { name: /in this chapter you will/i })).toBeVisible();
    await expectTocAndEditLink(page, order[i]!);
    // Previous points one chapter back (followed once below, on the last chapter).
    const previous = page.getByRole('link', { name: /^← Previous/ });
    if (i === 0) await expect(previous).toHaveCount(0);
    else await expect(previous).toHaveAttribute('href', new RegExp(`${order[i - 1]}$`));
    const next = page.getByRole('link', { name: /^Next/ });
    if (i === order.length - 1) await expect(next).toHaveCount(0);
    else await next.click();
  }
  await page.getByRole('link', { name: /^← Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`${order[order.length - 2]}$`));
});

test('a chapter shows a done mark once all its exercises are passed', async ({ page }) => {
  await page.goto(chapters[0] ?? '');
  const links = page.getByRole('navigation', { name: 'Chapters' }).locator('[data-exercises]');
  const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-exercises'))))
    .flatMap((s) => (s ?? '').split(' '))
    .filter(Boolean);
  await page.evaluate((passed) => {
    const exercises = Object.fromEntries(
      passed.map((id): [string, { passedAt: number }] => [id, { passedAt: 1 }]),
    );
    const visited = Object.fromEntries(
      [...document.querySelectorAll('[data-progress-chapter]')].map((a): [string, number] => [
        a.getAttribute('data-progress-chapter') ?? '',
        1,
      ]),
    );
    localStorage.setItem(
      'archlab:v1:progress',
      JSON.stringify({ exercises, quizzes: {}, visited }),
    );
  }, ids);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Chapters' }).getByText('(done)')).toHaveCount(
    chapters.length,
  );
});

test('skip link moves focus to the content', async ({ page }) => {
  await page.goto(chapters[0] ?? '');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });

  test('the sidebar opens and closes behind a keyboard-usable menu button', async ({ page }) => {
    await page.goto(chapters[0] ?? '');
    const sidebar = page.getByRole('navigation', { name: 'Chapters' });
    const menu = page.getByRole('button', { name: 'Chapters' });
    await expect(sidebar).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Space');
    await expect(sidebar).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'no sideways scrolling on a phone').toBeLessThanOrEqual(390);
  });
});

test.describe('theme', () => {
  test('the toggle switches to dark and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(chapters[0] ?? '');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test.describe('with a dark system preference', () => {
    test.use({ colorScheme: 'dark' });

    test('the site starts dark, and a light choice is remembered', async ({ page }) => {
      await page.goto('');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b, `dark background, got ${bg}`).toBeLessThan(150);
      await toggle.click();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    });
  });
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'course home' }).click();
  await expect(page.getByRole('link', { name: /start with chapter 1/i })).toBeVisible();
});

test('home offers to continue with the chapter opened last', async ({ page }) => {
  const last = chapters[chapters.length - 1] ?? '';
  await page.goto(last);
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  await page.goto('');
  await page.getByRole('link', { name: `Continue: ${title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${last}$`));
});
