/**
 * The runner in the browser: syntax and runtime errors at the learner's line, reloads, typing.
 * Runaway and hostile code is in bad-code.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { attributeBecomes, openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';

/** Several runs on one page load, as a learner would: typing, then each kind of error. */
test('typing and running by keyboard; syntax, runtime and type errors point at the learner line', async ({
  page,
}) => {
  const island = await openExercise(page, ID);
  await test.step('a learner types into Monaco like a person and runs the code with the keyboard', async () => {
    await setCode(page, ID, '');
    await island.locator('.monaco-editor .view-lines').click();
    await page.keyboard.type("export function handle() { return { status: 404, body: 'typed' } }");
    await expect
      .poll(() => page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID))
      .toContain("body: 'typed'");
    const before = Number((await island.getAttribute('data-runs')) ?? 0);
    await page.keyboard.press('Control+Enter');
    await attributeBecomes(island, 'data-runs', String(before + 1));
    await expect(island.locator('.results-checks li.is-pass')).toContainText([
      'Unknown paths answer 404',
    ]);
  });
  await test.step('a syntax error names its line and marks it in the editor', async () => {
    await setCode(page, ID, 'export function handle(r) {\n  return { status: 200, body: [ };\n}\n');
    const results = await runAndWait(island);
    await expect(results.getByRole('alert')).toContainText('Syntax error on line 2');
    await expect(results.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
    await expect(island.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  });
  await test.step('a runtime error shows the learner line, not the bundle line', async () => {
    await setCode(
      page,
      ID,
      "type Unused = { a: number };\n\nexport function handle(r: { path: string }) {\n  if (r.path === '/') return { status: 200, body: '' };\n  throw new Error('broken handler');\n}\n",
    );
    const results = await runAndWait(island);
    await expect(results.getByRole('alert')).toContainText('line 5');
    await expect(results.getByRole('alert')).toContainText('broken handler');
  });
  await test.step('the editor knows the engine: importing archlab type-checks, a type error is marked inline', async () => {
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
