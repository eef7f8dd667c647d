/**
 * Reading a chapter is light: before the learner touches an exercise or a simulation, a page loads
 * at most 40 KB (gzip) of JavaScript, and none of it is Monaco, esbuild or chart.js.
 * Sizes are measured deterministically from the bytes the browser fetched, gzipped here.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

const BUDGET_BYTES = 40 * 1024;
const HEAVY = /monaco|editor\.api|ts\.worker|tsMode|esbuild|chart/i;

for (const path of builtPages()) {
  test(`page JS before interaction stays within budget: /${path}`, async ({ page }) => {
    const scripts: { url: string; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script') return;
      pending.push(
        response
          .body()
          .then((body) => {
            scripts.push({ url: response.url(), gzip: gzipSync(body).length });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    const heavy = scripts.filter((s) => HEAVY.test(new URL(s.url).pathname));
    expect(
      heavy.map((s) => s.url),
      'heavy modules loaded before interaction',
    ).toEqual([]);
    expect(
      total,
      `JS on load: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files:\n` +
        scripts
          .map((s) => `  ${(s.gzip / 1024).toFixed(1)} KB ${new URL(s.url).pathname}`)
          .join('\n'),
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
