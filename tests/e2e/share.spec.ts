/**
 * Sharing a run and comparing with the solution, in real Chromium and Monaco: a link reproduces a
 * run without running it or touching the visitor's own code; a damaged link changes nothing; the
 * capstone's score comes back the same; the solution diff marks changes and is keyboard-reachable.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hashText } from '../../components/exercise/codeStore.ts';
import { exerciseSource } from '../../course/node.ts';
import { exerciseLocator, openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const KEY = `archlab:v1:code:${ID}`;
const starter = exerciseSource(ID, 'starter');
/** Half-done code, with non-ASCII text, so the checks give a mix of passes and failures. */
const SHARED = starter.replace(
  '// TODO: GET /health answers 200 with { ok: true }',
  "if (request.path === '/health') return { status: 200, body: { ok: true, note: 'grüße ✓' } };",
);
const MINE = `${starter}\n// my own attempt, not to be lost\n`;

const code = (page: Page, id: string) =>
  page.evaluate((exerciseId) => window.__archlab?.exercises[exerciseId]?.getCode(), id);
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
const checksText = (results: Locator) => results.locator('.results-checks').innerText();

/** Press Share and return the link (from the clipboard, which must match the visible field). */
async function share(page: Page, exercise: Locator): Promise<string> {
  await exercise.getByRole('button', { name: 'Share' }).click();
  await expect(exercise.getByRole('status')).toHaveText('Link copied');
  const link = await exercise.getByRole('textbox', { name: 'Link to this run' }).inputValue();
  expect(link).toMatch(/#run=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return link;
}

/** Ask for every hint, one at a time, then for the solution. */
async function revealSolution(exercise: Locator): Promise<void> {
  const count = await exercise.locator('[data-hints] li').count();
  const hint = exercise.getByRole('button', { name: /^Show hint/ });
  for (let i = 1; i <= count; i++) {
    await expect(hint).toHaveText(`Show hint ${i} of ${count}`);
    await hint.click();
  }
  await exercise.getByRole('button', { name: 'Show solution' }).click();
}

test.beforeEach(async ({ context }) => {
  // Each test loads Monaco (two do it twice) and runs real code: generous on a busy machine.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a shared link shows the code without running it, keeps the visitor’s code, and Run reproduces the run', async ({
  browser,
  page,
}) => {
  // The sharer is on a phone (the plain-text editor); the visitor, on a desktop, has their own code.
  const phone = await browser.newContext({ hasTouch: true, isMobile: true });
  await phone.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sharer = await phone.newPage();
  const exercise = await openExercise(sharer, ID);
  // No keyboard shortcut is offered where there is no keyboard.
  await expect(exercise.getByRole('button', { name: /^Run/ }).locator('kbd')).toBeHidden();
  await setCode(sharer, ID, SHARED);
  const original = await checksText(await runAndWait(exercise));
  expect(original).toMatch(/Passed/);
  expect(original).toMatch(/Failed/);
  const link = await share(sharer, exercise);
  expect(link).toContain('/learn/servers/');
  await phone.close();

  const mine = JSON.stringify({ code: MINE, savedAt: 1, starterHash: hashText(starter) });
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    },
    [KEY, mine],
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A damaged link: a clear message, and nothing on the page changes.
  const at = link.indexOf('#run=') + 20;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  await page.goto(tampered);
  await expect(page.getByRole('alert')).toContainText('This shared link could not be opened');
  const island = exerciseLocator(page, ID);
  await expect(island.locator('[data-code]')).toContainText('my own attempt');
  await expect(island.getByRole('region', { name: 'Shared run' })).toBeHidden();
  await expect(island).not.toHaveAttribute('data-shared');
  expect(await saved(page)).toBe(mine);

  // The good link (a new fragment, as when pasted): the shared code, scrolled to, focused, not run.
  await page.goto(link);
  const banner = island.getByRole('region', { name: 'Shared run' });
  await expect(banner).toContainText('This is a shared run. Press Run to reproduce it.');
  await expect(page.getByRole('alert').filter({ hasText: 'shared link' })).toHaveCount(0);
  expect(await code(page, ID)).toBe(SHARED);
  await expect(island.getByRole('textbox', { name: /^Code for exercise/ })).toBeFocused();
  await expect(island).toBeInViewport();
  await expect(island).not.toHaveAttribute('data-runs');
  await expect(island).not.toHaveAttribute('data-state');
  await expect(island.locator('[data-results]')).toBeHidden();
  expect(await saved(page)).toBe(mine);

  // Run reproduces the original results; the visitor's saved code is still theirs.
  expect(await checksText(await runAndWait(island))).toBe(original);
  expect(await saved(page)).toBe(mine);

  await banner.getByRole('button', { name: 'Back to my code' }).click();
  await expect(banner).toBeHidden();
  expect(await code(page, ID)).toBe(MINE);
  expect(new URL(page.url()).hash).toBe('');

  // Or the visitor edits the shared code and keeps it: after a confirmation, it is saved as theirs.
  await page.goto(link);
  await expect(banner).toBeVisible();
  const edited = `${SHARED}\n// kept from a shared run\n`;
  await setCode(page, ID, edited);
  expect(await saved(page)).toBe(mine);
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await banner.getByRole('button', { name: 'Keep this code' }).click();
  await expect(banner).toBeHidden();
  expect(asked).toEqual([expect.stringContaining('Your own code for it will be replaced')]);
  expect(JSON.parse(await saved(page))).toMatchObject({ code: edited });
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(island.locator('[data-code]')).toContainText('kept from a shared run');
  expect(errors).toEqual([]);
});

test('the capstone: a shared run reproduces the same score', async ({ page }) => {
  const CAPSTONE = 'capstone/bad-day';
  const design = exerciseSource(CAPSTONE, 'solution').replace('servers: 3,', 'servers: 4,');
  const exercise = await openExercise(page, CAPSTONE);
  await setCode(page, CAPSTONE, design);
  const scoreOf = async (results: Locator) =>
    /score (\d+)/.exec(await checksText(results))?.[1] ?? 'no score';
  const score = await scoreOf(await runAndWait(exercise, 45_000));
  expect(score).toMatch(/^\d+$/);
  const link = await share(page, exercise);

  // Back to the starter, then open the link in this tab (a fragment change, as a pasted link
  // would be): the shared design comes back, not run, and Run gives the same score.
  await setCode(page, CAPSTONE, 'export const design = {};');
  await page.goto(link);
  await expect(exercise.getByRole('region', { name: 'Shared run' })).toBeVisible();
  expect(await code(page, CAPSTONE)).toBe(design);
  await expect(exercise).toHaveAttribute('data-runs', '1');
  expect(await scoreOf(await runAndWait(exercise, 45_000))).toBe(score);
});

test('after the solution is revealed, the learner compares it with their code, by keyboard', async ({
  page,
  browser,
}) => {
  const exercise = await openExercise(page, ID);
  // A first line of the learner's own, so a deleted line is on screen (Monaco draws visible lines only).
  await setCode(page, ID, `// my notes: routes first, then errors\n${SHARED}`);
  await revealSolution(exercise);
  const compare = exercise.getByRole('button', { name: 'Compare with my code' });
  await compare.focus();
  await page.keyboard.press('Enter');
  const diff = exercise.getByRole('region', { name: /Your code \(left\) compared with/ });
  await expect(diff).toBeVisible();
  await expect(diff).toContainText(
    /\d+ lines? only in your code, \d+ lines? only in the reference/,
  );
  const view = diff.locator('.monaco-diff-editor');
  // Monaco draws only the lines in view, and how many fit depends on when the editor font is
  // measured: compare the lines at the top, where the learner's first line differs.
  await expect(view.locator('.editor.original .view-lines')).toContainText(
    '// my notes: routes first, then errors',
  );
  await expect(view.locator('.editor.modified .view-lines')).toContainText('let nextOrderId = 1;');
  await expect(view.locator('.line-insert, .char-insert').first()).toBeAttached();
  await expect(view.locator('.line-delete, .char-delete').first()).toBeAttached();
  await expect(exercise.getByRole('button', { name: 'Hide comparison' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // Tab moves from the button into the comparison (Monaco's tab focus mode lets it out again).
  await page.keyboard.press('Tab');
  await expect.poll(() => diff.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // On a touch screen (no Monaco) the same comparison is an accessible line list.
  const phone = await browser.newContext({ hasTouch: true, isMobile: true });
  const mobile = await phone.newPage();
  const island = await openExercise(mobile, ID);
  await expect(island.locator('[data-editor]')).toHaveAttribute('data-mode', 'text');
  await setCode(mobile, ID, SHARED);
  await revealSolution(island);
  await island.getByRole('button', { name: 'Compare with my code' }).click();
  const list = island.getByRole('list', { name: 'Line by line differences' });
  await expect(list.locator('li[data-kind="removed"]').first()).toContainText('Only in your code:');
  await expect(list.locator('li[data-kind="added"]').first()).toContainText(
    'Only in the solution:',
  );
  await expect(list.locator('li[data-kind="same"]').first()).toBeVisible();
  await phone.close();
});
