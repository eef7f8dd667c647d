/** A learner's code survives other tabs, corrupt storage and a new version of the course. */
import { expect, test } from '@playwright/test';
import { openExercise, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const KEY = `archlab:v1:code:${ID}`;

test('two tabs on one exercise: the newer edit wins and the other tab is told', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openExercise(a, ID);
  const islandB = await openExercise(b, ID);
  const code = `// from tab A ${Date.now()}\nexport function handle() { return { status: 404, body: '' } }\n`;
  await setCode(a, ID, code);
  await expect
    .poll(() => a.evaluate((k) => localStorage.getItem(k) ?? '', KEY))
    .toContain('from tab A');
  await expect
    .poll(() => b.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID))
    .toBe(code);
  await expect(islandB.getByRole('status')).toContainText('edited in another tab');
});

test('code saved against an older starter is kept, with the new starter shown to compare', async ({
  page,
}) => {
  const mine =
    '// my work from last term\nexport function handle() { return { status: 404, body: "" } }\n';
  await page.addInitScript(
    ([key, code]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key!,
          JSON.stringify({ code, savedAt: 1, starterHash: 'an-older-starter' }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, mine],
  );
  const island = await openExercise(page, ID);
  expect(await page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID)).toBe(mine);
  await expect(island.getByRole('status')).toContainText('starter code changed');
  await expect(island.locator('[data-solution]')).toContainText('The new starter code');
  await expect(island.locator('[data-solution-code]')).toContainText('TODO: GET /health');
});

test('corrupt saved code is ignored: the starter loads and the page works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((key) => localStorage.setItem(key, '{"code": "unterminated'), KEY);
  await openExercise(page, ID);
  const code = await page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID);
  expect(code).toContain('TODO: GET /health');
  expect(errors).toEqual([]);
});
