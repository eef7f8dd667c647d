/** A learner's code survives other tabs, corrupt storage and a new version of the course. */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { hashText } from '../../components/exercise/codeStore.ts';
import { discoverExercises } from '../support/exercises.ts';
import { exerciseLocator, openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const KEY = `archlab:v1:code:${ID}`;
const OTHER = 'servers/keep-up';
const exercises = new Map(discoverExercises().map((e) => [e.id, e]));
const solution = exercises.get(ID)?.solution ?? '';

/** Every test here fails if its page logs an error or throws one nobody caught. */
const test = base.extend<{ quiet: void }>({
  quiet: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await use();
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

/** Run the reference solution and expect every check to pass. */
async function solveAndRun(page: Page, island: Locator): Promise<void> {
  await setCode(page, ID, solution);
  const results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toHaveText(/^All \d+ checks passed\./);
}

/** The site-wide storage notice (components/StorageNotice.astro). */
const storageNotice = (page: Page) => page.locator('[data-storage-notice]');

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

test('corrupt saved code is ignored with a notice; other saved code and progress are kept', async ({
  page,
}) => {
  const other = exercises.get(OTHER);
  if (!other) throw new Error(`no exercise ${OTHER}`);
  const mine = `// my saved work\n${other.starter}`;
  const progress = JSON.stringify({
    exercises: { 'clients-browser/x': { passedAt: 1 } },
    quizzes: {},
    visited: { 'clients-browser': 1 },
  });
  await page.addInitScript(
    ([key, otherKey, otherCode, hash, progressRecord]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, '{"code": "unterminated');
      localStorage.setItem(
        otherKey!,
        JSON.stringify({ code: otherCode, savedAt: 1, starterHash: hash }),
      );
      localStorage.setItem('archlab:v1:progress', progressRecord!);
      sessionStorage.setItem('seeded', '1');
    },
    [KEY, `archlab:v1:code:${OTHER}`, mine, hashText(other.starter), progress],
  );
  await openExercise(page, ID);
  const code = await page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID);
  expect(code).toContain('TODO: GET /health');
  await expect(storageNotice(page)).toBeVisible();
  await expect(storageNotice(page)).toContainText(`code:${ID}`);
  await expect(storageNotice(page)).toContainText('unreadable');

  // The other exercise shows the learner's saved code (before and without its editor).
  await expect(
    exerciseLocator(page, OTHER).getByRole('region', { name: /^Code for exercise/ }),
  ).toContainText('// my saved work');
  const kept = await page.evaluate(() => localStorage.getItem('archlab:v1:progress') ?? '');
  expect(JSON.parse(kept)).toMatchObject({
    exercises: { 'clients-browser/x': { passedAt: 1 } },
    visited: { 'clients-browser': 1 },
  });
});

test('storage full: typing warns that work is not saved, and the exercise still runs and passes', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Saved code no longer fits (small records such as progress and the probe still do).
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('archlab:v1:code:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  const island = await openExercise(page, ID);
  await expect(storageNotice(page)).toBeHidden();
  await island.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type('// a note');
  await expect(storageNotice(page)).toBeVisible();
  await expect(storageNotice(page)).toContainText('storage is full');
  await expect(storageNotice(page)).toContainText('not saved');

  await solveAndRun(page, island);
  await expect(island).toHaveAttribute('data-state', 'passed');
  await storageNotice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(storageNotice(page)).toBeHidden();
});

test('storage unavailable (private mode): the course works and says progress is not saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('');
  await page.getByRole('link', { name: /start with chapter 1/i }).click();
  await expect(page).toHaveURL(/learn\/servers\/$/);
  await expect(storageNotice(page)).toBeVisible();
  await expect(storageNotice(page)).toContainText('not saving progress');

  const island = await openExercise(page, ID);
  await solveAndRun(page, island);

  const question = page
    .getByRole('region', { name: 'Check your understanding' })
    .getByRole('group', { name: /^Question 1 of/ });
  await question.getByRole('radio').first().check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status')).toHaveText(/\S/);

  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(storageNotice(page)).toContainText('not saving progress');
});
