/**
 * Run latency in Chromium, measured by the page's own clock (click on Run → results shown, i.e.
 * the island's `data-runs` changes), so Playwright's polling adds nothing:
 * - first Run at first intent: a fresh page, Run clicked at once (loads editor, compiler, sandbox);
 * - first Run once the editor is ready (the compiler warm-up started on intent);
 * - warm Run: median of the next 10.
 */
import type { Browser, Page } from '@playwright/test';
import { figure, median, type Figure } from './figures.ts';

const EXERCISE = 'servers/route-requests';

/** Record, in the page, the time from each click on a Run button to the next `data-runs` change. */
async function installRunClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const times: number[] = [];
    let clicked = 0;
    (window as unknown as { __benchRuns: number[] }).__benchRuns = times;
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element | null)?.closest('[data-action="run"]'))
          clicked = performance.now();
      },
      true,
    );
    new MutationObserver(() => times.push(performance.now() - clicked)).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-runs'],
    });
  });
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await installRunClock(page);
  await page.goto(`${url}learn/${EXERCISE.split('/')[0]}/`, { waitUntil: 'load' });
  return page;
}

async function runOnce(page: Page, expected: number): Promise<void> {
  const island = page.locator(`archlab-exercise[data-id="${EXERCISE}"]`);
  await island.getByRole('button', { name: /^Run/ }).click();
  await page.waitForFunction(
    ([id, n]) =>
      document.querySelector(`archlab-exercise[data-id="${id}"]`)?.getAttribute('data-runs') === n,
    [EXERCISE, String(expected)] as const,
    { timeout: 60_000 },
  );
}

const runTimes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __benchRuns: number[] }).__benchRuns.slice());

/** Measure the three Run latencies against the site at `url`. */
export async function benchRun(browser: Browser, url: string): Promise<Figure[]> {
  const atIntent = await freshPage(browser, url);
  await runOnce(atIntent, 1);
  const [intentMs] = await runTimes(atIntent);
  await atIntent.context().close();

  const page = await freshPage(browser, url);
  const island = page.locator(`archlab-exercise[data-id="${EXERCISE}"]`);
  await island.scrollIntoViewIfNeeded();
  await island.hover();
  await page.waitForSelector(`archlab-exercise[data-id="${EXERCISE}"][data-ready]`, {
    timeout: 60_000,
  });
  for (let i = 1; i <= 11; i++) await runOnce(page, i);
  const [cold, ...warm] = await runTimes(page);
  await page.context().close();
  const ms = (x: number | undefined) => Math.round(x ?? NaN);
  return [
    figure(
      'run',
      'first Run, clicked at first intent (loads editor + compiler)',
      ms(intentMs),
      'ms',
    ),
    figure('run', 'cold Run: first Run once the editor is ready', ms(cold), 'ms', {
      op: '<=',
      value: 1500,
    }),
    figure('run', 'warm Run: median of the next 10', ms(median(warm)), 'ms', {
      op: '<=',
      value: 100,
    }),
  ];
}
