import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

test('every internal link on every built page resolves', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost/').origin;
  const checked = new Map<string, boolean>();
  const broken: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      // Links must stay under the base path (e.g. /architecture-lab/ on GitHub Pages).
      if (!href.startsWith(baseURL ?? '')) broken.push(`${path} → ${href} (outside the base path)`);
      const target = url.origin + url.pathname;
      if (!checked.has(target)) checked.set(target, (await request.get(target)).ok());
      if (!checked.get(target)) broken.push(`${path} → ${href}`);
      if (url.hash.length > 1) {
        const id = decodeURIComponent(url.hash.slice(1));
        const html = await (await request.get(target)).text();
        if (!html.includes(`id="${id}"`)) broken.push(`${path} → ${href} (no #${id})`);
      }
    }
  }
  expect(checked.size).toBeGreaterThan(0);
  expect(broken).toEqual([]);
});

test('a build at a sub-path (/architecture-lab/) has no broken internal links', () => {
  test.setTimeout(180_000);
  // Builds into a separate folder with BASE set, then resolves every href/src against it.
  const out = execFileSync(
    process.execPath,
    ['scripts/check-links.mjs', '--base', '/architecture-lab/'],
    { encoding: 'utf8', stdio: 'pipe' },
  );
  expect(out).toMatch(/0 broken/);
});
