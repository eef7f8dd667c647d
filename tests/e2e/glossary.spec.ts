import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface Entry {
  slug: string;
  term: string;
  short: string;
}
const entries = JSON.parse(
  readFileSync(join(process.cwd(), 'lessons', 'glossary.json'), 'utf8'),
) as Entry[];
const utilisation = entries.find((e) => e.slug === 'utilisation')!;

test('a term shows its definition on hover and keyboard focus, Escape hides it, a click opens the glossary', async ({
  page,
}) => {
  await page.goto('learn/servers/');
  const link = page.getByRole('main').getByRole('link', { name: 'utilisation', exact: true });
  await expect(link).toHaveAccessibleDescription(`${utilisation.term}: ${utilisation.short}`);
  const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
  await expect(tip).toHaveRole('tooltip');
  await expect(tip).toBeHidden();

  // Pointer: shown while hovered, Escape dismisses it, leaving and coming back shows it again.
  await link.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(utilisation.short);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(0, 0);
  await link.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  // Keyboard: reach the link with Tab, so focus is visible as for a keyboard user.
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();

  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#utilisation$/);
  const entry = page.locator('#utilisation');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('term')).toHaveText(utilisation.term);
  await expect(entry.getByRole('definition')).toContainText(utilisation.short);
});

test('the glossary lists every term alphabetically and is linked from the header', async ({
  page,
}) => {
  await page.goto('');
  await page.getByRole('banner').getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  const sorted = entries
    .map((e) => e.term)
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  await expect(page.getByRole('term')).toHaveText(sorted);
  // The A–Z index links to each anchor; following one lands on its entry.
  const index = page.getByRole('navigation', { name: 'Terms A to Z' });
  await expect(index.getByRole('link')).toHaveCount(entries.length);
  await index.getByRole('link', { name: 'Little’s law' }).click();
  await expect(page).toHaveURL(/#littles-law$/);
  await expect(page.locator('#littles-law')).toBeInViewport();
  // Related terms are links to their own entries.
  await expect(
    page.locator('#littles-law').getByRole('link', { name: 'Connection pool' }),
  ).toHaveAttribute('href', '#connection-pool');
});
