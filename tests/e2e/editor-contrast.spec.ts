/**
 * The every-page axe pass runs before any editor loads. This one opens an exercise's editor, runs
 * code, reveals the solution and opens the comparison, then runs axe on the exercise in the light
 * scheme and, after the system switches to dark, again: the editor must follow the scheme, and
 * its syntax colours (comments included) must keep WCAG AA contrast in both. Nothing on the way
 * may throw.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const CODE = `// A comment, a string and a number, in every colour the editor uses.
export function handle(request: { path: string }) {
  const body = 'Not found: ' + request.path;
  return { status: 404, body, retries: 3 };
}
`;

async function problems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include(`archlab-exercise[data-id="${ID}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary ?? n.target.join(' ')).join('; ')}`,
    );
}

test('the editor and the solution comparison keep AA contrast in light and dark', async ({
  page,
}) => {
  // Opening the comparison once threw two uncaught errors from the TypeScript worker.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.emulateMedia({ colorScheme: 'light' });
  const island = await openExercise(page, ID);
  await setCode(page, ID, CODE);
  await runAndWait(island);
  const hint = island.getByRole('button', { name: /^Show hint/ });
  while (await hint.isVisible()) await hint.click();
  await island.getByRole('button', { name: 'Show solution' }).click();
  await island.getByRole('button', { name: 'Compare with my code' }).click();
  const diff = island.locator('.monaco-diff-editor');
  await expect(diff.locator('.line-insert, .char-insert').first()).toBeAttached();
  const editor = island.locator('.monaco-editor').first();
  await expect(editor).toHaveClass(/\bvs\b/);
  expect(await problems(page), 'light').toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  await expect(diff.locator('.monaco-editor:not(.gutter)').first()).toHaveClass(/\bvs-dark\b/);
  expect(await problems(page), 'dark').toEqual([]);
  expect(errors, 'uncaught errors while comparing').toEqual([]);
});
