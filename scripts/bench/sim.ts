/**
 * Main-thread long tasks while a simulation runs (PerformanceObserver 'longtask'): the engine runs
 * in a Worker, so the page should stay responsive. Simulations do not stream: one reply per run,
 * charts drawn once per reply, so chart updates are bounded by construction (nothing to throttle).
 */
import type { Browser, Page } from '@playwright/test';
import { figure, type Figure } from './figures.ts';

const CHAPTER = 'learn/load-balancers/';
const RUNS = 3;

interface Window {
  start: number;
  end: number;
}

async function longestTaskIn(page: Page, w: Window): Promise<number> {
  return page.evaluate(
    ({ start, end }) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks
          .filter((t) => t.startTime + t.duration >= start && t.startTime <= end)
          .map((t) => t.duration),
      ),
    w,
  );
}

/** Run the chapter's first simulation RUNS times; report its longest main-thread tasks. */
export async function benchSim(browser: Browser, url: string): Promise<Figure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: PerformanceEntry[] = [];
    (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(`${url}${CHAPTER}`, { waitUntil: 'load' });
  const sim = page.locator('[data-simulation]').first();
  await sim.scrollIntoViewIfNeeded();
  const windows: (Window & { ms: number })[] = [];
  const run = sim.getByRole('button', { name: 'Run', exact: true });
  // Playwright builds its helper script in the page on a first action; its task is not the page's.
  await run.waitFor();
  await run.boundingBox();
  for (let i = 0; i < RUNS; i++) {
    const start = await page.evaluate(() => performance.now());
    await run.click();
    await page.waitForFunction(
      () => {
        const s = document.querySelector<HTMLElement>('[data-simulation]');
        return s?.dataset['state'] === 'ready' && !s.hasAttribute('aria-busy');
      },
      undefined,
      { timeout: 60_000 },
    );
    const end = await page.evaluate(() => performance.now());
    windows.push({ start, end, ms: end - start });
  }
  const first = await longestTaskIn(page, windows[0]!);
  const later = Math.max(
    ...(await Promise.all(windows.slice(1).map((w) => longestTaskIn(page, w)))),
  );
  await context.close();
  return [
    figure(
      'sim',
      'longest main-thread task, first simulation run (loads chart.js)',
      Math.round(first),
      'ms',
      {
        op: '<=',
        value: 50,
      },
    ),
    figure(
      'sim',
      `longest main-thread task, next ${RUNS - 1} simulation runs`,
      Math.round(later),
      'ms',
      {
        op: '<=',
        value: 50,
      },
    ),
  ];
}
