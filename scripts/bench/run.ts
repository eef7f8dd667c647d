/**
 * Run latency in Chromium, measured by the page's own clock (click on Run → results shown, i.e.
 * the island's `data-runs` changes), so Playwright's polling adds nothing:
 * - first Run at first intent: a fresh page, Run clicked at once (loads editor, compiler, sandbox);
 * - first Run once the editor is ready (the compiler warm-up started on intent);
 * - warm Run: median of the next 10;
 * - first Run at first intent from a gzip host like GitHub Pages, without and with a slow link
 *   (10 Mbit/s, 40 ms round trips through Chromium's network emulation), and the bytes it took.
 */
import type { Browser, Page } from '@playwright/test';
import { figure, median, type Figure } from './figures.ts';
import { startGzipHost } from './gzipHost.ts';

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

/** An emulated network link: throughput each way and the delay added to every request. */
export interface Link {
  downloadMbps: number;
  uploadMbps: number;
  rttMs: number;
}

/** The slow link of the throttled figure (issue 16): a modest home or mobile connection. */
export const SLOW_LINK: Link = { downloadMbps: 10, uploadMbps: 10, rttMs: 40 };

/**
 * A first visit's first Run, clicked at first intent, over `link` (none: unthrottled): the time
 * from the click to the results, and the bytes the page received meanwhile (as sent, gzip).
 * The service worker is kept out: network emulation throttles the page's own requests, not the
 * fetches a service worker makes for it, which would let most bytes bypass the slow link.
 */
async function firstRunOver(
  browser: Browser,
  url: string,
  link: Link | undefined,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
  });
  if (link) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: link.rttMs,
      downloadThroughput: (link.downloadMbps * 1e6) / 8,
      uploadThroughput: (link.uploadMbps * 1e6) / 8,
    });
  }
  await installRunClock(page);
  await page.goto(`${url}learn/${EXERCISE.split('/')[0]}/`, { waitUntil: 'load' });
  const before = bytes;
  await runOnce(page, 1);
  const [ms] = await runTimes(page);
  await context.close();
  return { ms: Math.round(ms ?? NaN), bytes: bytes - before };
}

/** First Run at first intent from a gzip host, unthrottled and over the slow link. */
async function benchFirstRunOverLinks(browser: Browser, url: string): Promise<Figure[]> {
  const host = await startGzipHost('dist', new URL(url).pathname);
  try {
    const fast = await firstRunOver(browser, host.url, undefined);
    const slow = await firstRunOver(browser, host.url, SLOW_LINK);
    const link = `${SLOW_LINK.downloadMbps} Mbit/s, ${SLOW_LINK.rttMs} ms RTT`;
    return [
      figure('run', 'first Run at first intent, gzip host, unthrottled', fast.ms, 'ms'),
      figure('run', `first Run at first intent, gzip host, ${link} (emulated)`, slow.ms, 'ms'),
      figure(
        'run',
        'received from intent to results, gzip host (first visit)',
        Math.round(slow.bytes / 1024),
        'KB',
      ),
    ];
  } finally {
    await host.stop();
  }
}

/** Measure the Run latencies against the site at `url` (and first Runs from a gzip host). */
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
  const overLinks = await benchFirstRunOverLinks(browser, url);
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
    ...overLinks,
  ];
}
