/** The runner under bad input, in the browser: loops, syntax errors, HTML in output, reloads. */
import { expect, test } from '@playwright/test';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';

test('an infinite loop is stopped within the limit and the page stays responsive', async ({
  page,
}) => {
  const island = await openExercise(page, ID);
  // Warm up once so the timing below measures the watchdog, not the first compiler load.
  await setCode(page, ID, "export function handle() { return { status: 404, body: '' } }");
  await runAndWait(island);
  await setCode(page, ID, 'export function handle() { while (true) {} }');
  const results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('Stopped after 3 s');
  // The page's own clock, from Run to the report (Playwright's polling would add its own delay).
  const reported = Number((await results.locator('.results-time').innerText()).replace(/\D/g, ''));
  expect(reported, 'ms from Run to the timeout report (limit 3 s + 1 s)').toBeLessThan(3000 + 1000);
  expect(reported).toBeGreaterThanOrEqual(3000);
  // The page still answers: a hint button click works, and the next Run gets a fresh Worker.
  await island.getByRole('button', { name: /Show hint 1/ }).click();
  await expect(island.getByRole('button', { name: /Show hint 2/ })).toBeVisible();
  await setCode(page, ID, "export function handle() { return { status: 404, body: '' } }");
  const again = await runAndWait(island);
  await expect(again.locator('.results-checks li.is-pass')).toContainText([
    'Unknown routes answer 404',
  ]);
});

test('a syntax error names its line and marks it in the editor', async ({ page }) => {
  const island = await openExercise(page, ID);
  await setCode(page, ID, 'export function handle(r) {\n  return { status: 200, body: [ };\n}\n');
  const results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('Syntax error on line 2');
  await expect(results.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
  await expect(island.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
});

test('a runtime error shows the learner line, not the bundle line', async ({ page }) => {
  const island = await openExercise(page, ID);
  await setCode(
    page,
    ID,
    "type Unused = { a: number };\n\nexport function handle(r: { path: string }) {\n  if (r.path === '/') return { status: 200, body: '' };\n  throw new Error('broken handler');\n}\n",
  );
  const results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('line 5');
  await expect(results.getByRole('alert')).toContainText('broken handler');
});

test('console output and thrown messages are shown as text, never as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const island = await openExercise(page, ID);
  await setCode(
    page,
    ID,
    "console.log('<img src=x onerror=alert(1)>');\nexport function handle() { throw new Error('<b>bold</b><script>alert(2)</script>') }\n",
  );
  const results = await runAndWait(island);
  await expect(results.locator('.results-console pre')).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  await expect(results.getByRole('alert')).toContainText('<b>bold</b>');
  await expect(results.locator('img, b, script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('code survives a reload', async ({ page }) => {
  await openExercise(page, ID);
  const marker = `// saved ${Date.now()}`;
  await setCode(
    page,
    ID,
    `${marker}\nexport function handle() { return { status: 200, body: '' } }\n`,
  );
  // Autosave is debounced; wait until it is in storage rather than sleeping.
  await expect
    .poll(() =>
      page.evaluate(() => localStorage.getItem('archlab:v1:code:servers/route-requests') ?? ''),
    )
    .toContain(marker);
  await page.reload();
  const island = page.locator(`archlab-exercise[data-id="${ID}"]`);
  // Shown even before the editor loads.
  await expect(island.locator('[data-code]')).toContainText(marker);
  await island.hover();
  await expect(island).toHaveAttribute('data-ready', '');
  expect(await page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID)).toContain(
    marker,
  );
});

test('a learner can type code into Monaco like a person and run it with the keyboard', async ({
  page,
}) => {
  const island = await openExercise(page, ID);
  await setCode(page, ID, '');
  await island.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type("export function handle() { return { status: 404, body: 'typed' } }");
  await expect
    .poll(() => page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID))
    .toContain("body: 'typed'");
  const before = Number((await island.getAttribute('data-runs')) ?? 0);
  await page.keyboard.press('Control+Enter');
  await expect(island).toHaveAttribute('data-runs', String(before + 1), { timeout: 30_000 });
  await expect(island.locator('.results-checks li.is-pass')).toContainText([
    'Unknown routes answer 404',
  ]);
});

test('the editor knows the engine: importing archlab type-checks, a type error is marked inline', async ({
  page,
}) => {
  const island = await openExercise(page, ID);
  await setCode(
    page,
    ID,
    "import { expectTrue } from 'archlab';\nconst wrong: number = 'not a number';\nexport function handle() { expectTrue(true, 'ok'); return { status: 404, body: wrong } }\n",
  );
  // Exactly one squiggle: the bad assignment on line 2. A second would mean `archlab` did not resolve.
  await expect(island.locator('.monaco-editor .squiggly-error')).toHaveCount(1, {
    timeout: 30_000,
  });
});
