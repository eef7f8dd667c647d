import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, chapterPages } from './support/site.ts';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 800 };
// Every page in both themes; the phone layout once per kind of page (home and a chapter).
const variants = [
  { name: 'light theme', colorScheme: 'light', viewport: desktop, pages: builtPages() },
  { name: 'dark theme', colorScheme: 'dark', viewport: desktop, pages: builtPages() },
  {
    name: 'phone',
    colorScheme: 'light',
    viewport: phone,
    pages: ['', ...chapterPages().slice(0, 1)],
  },
] as const;

for (const { name, colorScheme, viewport, pages } of variants) {
  test.describe(name, () => {
    test.use({ colorScheme, viewport });

    for (const path of pages) {
      test(`axe finds no serious or critical issue on /${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(/\bjs\b/);
        // Open every <details> so explanations and text alternatives are checked too.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const bad = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect(bad).toEqual([]);
      });
    }
  });
}
