/**
 * The Content-Security-Policy (components/csp.ts): every page carries it, nothing on any page
 * violates it, and the heavy parts (Monaco, esbuild-wasm, the sandbox Worker, simulation Workers,
 * chart.js, Pagefind) still work under it.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';
import { builtHtml, builtPages, settled } from './support/site.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Record the page's CSP violations (from the first script on) and the console's CSP errors. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  return async () => [
    ...consoleErrors,
    ...(await page.evaluate(() => window.__cspViolations ?? [])),
  ];
}

const policyOf = (page: Page) =>
  page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test('every page carries the policy and nothing on it is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of builtPages()) {
    await page.goto(path);
    await settled(page);
    const policy = (await policyOf(page)) ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      expect(policy, `/${path}`).toContain(directive);
    }
    expect(policy, `/${path}`).not.toContain("'unsafe-eval'");
    // The theme script ran (it is the only inline script, allowed by its hash).
    await expect(page.locator('html'), `/${path}`).toHaveClass(/\bjs\b/);
    expect(await violations(), `/${path}`).toEqual([]);
  }
  // The watcher and the policy are live: an injected inline script is blocked and reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return 'injected' in window || '__injected' in window;
  });
  expect(ran).toBe(false);
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        'script-src-elem blocked inline',
        expect.stringContaining('violates the following Content Security Policy'),
      ]),
    );
});

test('exercise, simulation and search work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  const exercise = discoverExercises().find((e) => e.chapter === 'servers');
  if (!exercise) throw new Error('the servers chapter has no exercise');

  // Monaco + its workers, esbuild-wasm (Blob Worker), the sandbox Worker's `new Function`.
  const island = await openExercise(page, exercise.id);
  await setCode(page, exercise.id, exercise.solution);
  const results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toHaveText(/^All \d+ checks passed\./);

  // A simulation Worker and chart.js.
  const sim = page.locator('[data-simulation]').first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-state', 'ready');
  await sim.getByLabel('Seed').fill('5');
  await sim.getByRole('button', { name: 'Run' }).click();
  await expect(sim).toHaveAttribute('data-seed-shown', '5');
  await expect(sim.getByRole('img', { name: /Latency over time/ })).toBeVisible();

  // Pagefind: a dynamic import and WebAssembly.
  await page.getByRole('searchbox', { name: 'Search the course' }).fill('server');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
  ).toBeVisible();

  expect(await violations()).toEqual([]);
});

test('built HTML has no inline event handlers and no inline script without its hash', () => {
  for (const path of builtPages()) {
    const html = builtHtml(path);
    expect(html.match(/<[^>]+\son[a-z]+\s*=/gi), `/${path}`).toBeNull();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, `/${path} has the policy`).toBeTruthy();
    // Data blocks (`type="application/json"`, the Review page's questions) are never executed,
    // so the policy does not apply to them; every other inline script needs its hash.
    const inline = [
      ...html.matchAll(
        /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ];
    expect(inline.length, `/${path}: the theme script`).toBe(1);
    for (const [, body] of inline) {
      const hash = createHash('sha256')
        .update(body ?? '')
        .digest('base64');
      expect(policy, `/${path}`).toContain(`'sha256-${hash}'`);
    }
  }
});
