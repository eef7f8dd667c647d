/**
 * Every built page, loaded once, checked for everything a reader meets before touching anything:
 * - the JavaScript it loads stays within budget (≤ 40 KB gzip, no Monaco, esbuild or chart.js),
 *   measured from the bytes the browser fetched, gzipped here;
 * - no console error or uncaught exception;
 * - every internal link resolves, under the base path, anchors included;
 * - axe finds no serious or critical issue in the light theme, and no contrast issue in the dark
 *   one. Switching the colour scheme changes colours only (the DOM is the same), so the dark pass
 *   runs axe's colour rules, on the same page load.
 * One load per page keeps the suite fast; each concern reports on its own with `expect.soft`.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { builtPages, chapterPages, settled } from './support/site.ts';

const BUDGET_BYTES = 40 * 1024;
const HEAVY = /monaco|editor\.api|ts\.worker|tsMode|esbuild|chart/i;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The axe rules whose outcome depends on colours, so on the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Script {
  url: string;
  gzip: number;
}

/** Record every script the page fetches, with its gzip size. */
function recordScripts(page: Page): { scripts: Script[]; done: () => Promise<unknown> } {
  const scripts: Script[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => void scripts.push({ url: response.url(), gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  return { scripts, done: () => Promise.all(pending) };
}

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Serious and critical axe violations on the page as it is now. */
async function axeProblems(page: Page, only?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (
    only ? builder.withRules(only) : builder.withTags(AXE_TAGS)
  ).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Internal links of the page that do not resolve (each target fetched once per test file). */
const targetOk = new Map<string, Promise<{ ok: boolean; html: string }>>();
async function brokenLinks(
  page: Page,
  request: APIRequestContext,
  baseURL: string,
  path: string,
): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const broken: string[] = [];
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    // Links must stay under the base path (e.g. /architecture-lab/ on GitHub Pages).
    if (!href.startsWith(baseURL)) broken.push(`${path} → ${href} (outside the base path)`);
    const target = url.origin + url.pathname;
    if (!targetOk.has(target)) {
      targetOk.set(
        target,
        request.get(target).then(async (r) => ({ ok: r.ok(), html: r.ok() ? await r.text() : '' })),
      );
    }
    const { ok, html } = await targetOk.get(target)!;
    if (!ok) broken.push(`${path} → ${href}`);
    else if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!html.includes(`id="${id}"`)) broken.push(`${path} → ${href} (no #${id})`);
    }
  }
  return broken;
}

for (const path of builtPages()) {
  test(`/${path}: JS within budget, no console errors, links resolve, axe clean in light and dark`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const errors = recordErrors(page);
    const { scripts, done } = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await done();
    await settled(page);

    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    const heavy = scripts.filter((s) => HEAVY.test(new URL(s.url).pathname));
    expect
      .soft(
        heavy.map((s) => s.url),
        'heavy modules loaded before interaction',
      )
      .toEqual([]);
    expect
      .soft(
        total,
        `JS on load: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files:\n` +
          scripts
            .map((s) => `  ${(s.gzip / 1024).toFixed(1)} KB ${new URL(s.url).pathname}`)
            .join('\n'),
      )
      .toBeLessThanOrEqual(BUDGET_BYTES);

    expect.soft(await brokenLinks(page, request, baseURL ?? '', path), 'broken links').toEqual([]);

    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    // Open every <details> so explanations and text alternatives are checked too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect.soft(await axeProblems(page), 'axe, light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
      .toBe(true);
    expect.soft(await axeProblems(page, COLOUR_RULES), 'axe colour rules, dark theme').toEqual([]);

    expect(errors, 'console errors').toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  // The phone layout once per kind of page: home and a chapter.
  for (const path of ['', ...chapterPages().slice(0, 1)]) {
    test(`axe finds no serious or critical issue on /${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/\bjs\b/);
      expect(await axeProblems(page)).toEqual([]);
    });
  }
});
