/**
 * The exercise's tools (editor, type checker, compiler: about 6 MB gzip on first use) download
 * with visible progress: on a connection throttled to 10 Mbit/s and 40 ms round trips (Chromium's
 * network emulation), each part's bar and text appear, the compiler's bar moves by bytes, and
 * everything ends ready and announced; a later visit answered by the service worker ends ready too.
 */
import { expect, test } from '@playwright/test';
import { attributeBecomes, exerciseLocator, openExercise, runAndWait } from './support/exercise.ts';

const EXERCISE = 'servers/route-requests';
const READY = 'The code editor and the compiler are ready.';

test.describe('download progress of the exercise tools', () => {
  // Network emulation throttles the page's requests, not a service worker's own fetches: without
  // the worker every byte crosses the slow link, as on a learner's first visit.
  test.use({ serviceWorkers: 'block' });

  test('on a slow connection, each part shows how far it is, then all is ready', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: 10e6 / 8,
      uploadThroughput: 10e6 / 8,
    });
    // Every state the compiler's bar passes through, recorded in the page as it changes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __compilerBar: string[] }).__compilerBar = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-part="compiler"] progress');
        if (!bar) return;
        const entry = `${bar.getAttribute('value')}/${bar.getAttribute('max')}`;
        if (seen.at(-1) !== entry) seen.push(entry);
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    await page.goto(`learn/${EXERCISE.split('/')[0]}/`);
    const island = exerciseLocator(page, EXERCISE);
    await island.scrollIntoViewIfNeeded();
    await island.hover();

    const panel = island.getByRole('group', { name: /Downloading the tools for exercises/ });
    await expect(panel).toBeVisible();
    for (const name of ['Code editor (Monaco)', 'Compiler (esbuild)']) {
      await expect(panel.getByRole('progressbar', { name })).toBeVisible();
    }
    const compiler = panel.getByRole('progressbar', { name: 'Compiler (esbuild)' });
    await expect(compiler).toHaveAccessibleDescription(/\d\.\d MB of \d+\.\d MB \(\d+ %\)/);

    await expect(island.locator('[data-load-progress] [aria-live]')).toHaveText(READY, {
      timeout: 150_000,
    });
    await expect(panel).toBeHidden();
    const steps = await page.evaluate(
      () => (window as unknown as { __compilerBar: string[] }).__compilerBar,
    );
    // Bytes moved the bar: some state strictly between empty and full, on a known total.
    const partWay = steps.filter((s) => {
      const [value, max] = s.split('/').map(Number);
      return value! > 0 && max! > 1 && value! < max!;
    });
    expect(partWay.length, steps.join(' ')).toBeGreaterThan(0);

    await attributeBecomes(island, 'data-ready', '');
    const results = await runAndWait(island, 60_000);
    await expect(results).toBeVisible();
  });
});

test('a visit answered by the service worker ends ready, and Run works', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`learn/${EXERCISE.split('/')[0]}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const island = await openExercise(page, EXERCISE, { navigate: false });
  await expect(island.locator('[data-load-progress] [aria-live]')).toHaveText(READY, {
    timeout: 60_000,
  });
  await expect(island.getByRole('group', { name: /Downloading the tools/ })).toBeHidden();
  const results = await runAndWait(island, 60_000);
  await expect(results).toBeVisible();
});
