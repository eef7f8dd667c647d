/**
 * The progress page: real work (an exercise passed through Monaco, esbuild and the Worker, a quiz
 * answered) shows up per chapter and in the totals; the download is a valid progress file; after
 * storage is cleared, importing it restores everything; a broken file changes nothing. All by keyboard.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import type { Known } from '../../components/progressExport.ts';
import { parseExport } from '../../components/progressFile.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const solution = discoverExercises().find((e) => e.id === ID)?.solution ?? '';

/**
 * Start at the "Save or move" heading (as after reading down to it), then press Tab until `target`
 * has focus, the learner's way through the page; fail after `max`.
 */
async function tabTo(page: Page, target: Locator, max = 10): Promise<void> {
  await page.getByRole('heading', { name: 'Save or move your progress' }).evaluate((h) => {
    h.tabIndex = -1;
    h.focus();
  });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Everything the site keeps in localStorage, to compare before and after an import. */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('archlab:v1:') && k !== 'archlab:v1:theme')
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** The chapters and exercises the progress page lists. */
const knownOnPage = (page: Page) =>
  page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
    return {
      chapters: cards.map((c) => c.dataset['progressChapter'] ?? ''),
      exercises: cards.flatMap((c) => (c.dataset['exercises'] ?? '').split(' ').filter(Boolean)),
    };
  });

test('progress shows real work, exports it, and an import restores it (keyboard only on the page)', async ({
  page,
}) => {
  // One long journey instead of several page loads; Monaco's first load dominates on a busy machine.
  test.setTimeout(120_000);
  expect(solution).not.toBe('');
  // Pass an exercise for real.
  const island = await openExercise(page, ID);
  await setCode(page, ID, solution);
  const results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toHaveText(/^All \d+ checks passed\./);

  // Answer the chapter's quiz, every question right.
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  const questions = quiz.getByRole('group', { name: /^Question \d+ of/ });
  const total = await questions.count();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  for (const q of await questions.all()) {
    const number = q.locator('[data-number]');
    if ((await number.count()) > 0) {
      // A number question: type its answer (the page carries it for the script that checks it).
      const { answer } = JSON.parse((await number.getAttribute('data-number')) ?? '{}') as {
        answer: number;
      };
      await q.getByRole('textbox', { name: 'Your answer' }).fill(String(answer));
    } else await q.locator('[data-correct="true"] input').check();
    await q.getByRole('button', { name: 'Check answer' }).click();
  }
  await expect(quiz.getByRole('status').filter({ hasText: 'Your score' })).toContainText(
    `${total} of ${total}`,
  );

  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const known = await knownOnPage(page);
  const chapters = known.chapters.length;
  const exercises = known.exercises.length;
  const overall = page.getByRole('region', { name: 'Overall' });
  const servers = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Servers: code that answers/ }) });

  const expectShown = async () => {
    await expect(overall.locator('div', { hasText: 'Chapters read' })).toContainText(
      `1 of ${chapters}`,
    );
    await expect(overall.locator('div', { hasText: 'Exercises passed' })).toContainText(
      `1 of ${exercises}`,
    );
    await expect(overall.locator('div', { hasText: 'Quizzes taken' })).toContainText(/1 of \d+/);
    await expect(overall.getByRole('link', { name: /^Continue: Servers/ })).toBeVisible();
    await expect(servers.getByText('Read', { exact: true })).toBeVisible();
    await expect(servers).toContainText(`best ${total} of ${total} · last ${total} of ${total}`);
    await expect(servers).toContainText('1 of 2 passed');
    const passed = servers.getByRole('listitem').filter({ hasText: 'Answer requests' });
    await expect(passed).toContainText('✓ Passed');
    await expect(passed.getByRole('link')).toHaveAttribute(
      'href',
      /learn\/servers\/#exercise-servers-route-requests$/,
    );
    await expect(servers.getByRole('listitem').filter({ hasText: 'keep up' })).toContainText(
      'Not passed yet',
    );
  };
  await expectShown();

  // Download by keyboard; the file is a valid progress file holding the work.
  const download = page.getByRole('button', { name: 'Download my progress' });
  await tabTo(page, download);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^archlab-progress-\d{4}-\d\d-\d\d\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  const knownSets: Known = {
    chapters: new Set(known.chapters),
    exercises: new Set(known.exercises),
  };
  const parsed = parseExport(text, knownSets);
  if (!parsed.ok) throw new Error(parsed.message);
  const { ignored, data } = parsed.value;
  expect(ignored).toEqual([]);
  expect(data.code[ID]?.code).toBe(solution);
  expect(Object.keys(data.progress.exercises)).toEqual([ID]);
  expect(data.progress.quizzes['servers']).toMatchObject({ correct: total, total });
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();

  // A fresh browser: nothing shown.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(overall.locator('div', { hasText: 'Exercises passed' })).toContainText(
    `0 of ${exercises}`,
  );
  await expect(servers).toContainText('Not opened yet');
  const empty = await stored(page);

  // The file input is reached and opened by keyboard.
  const input = page.getByLabel('Choose a progress file (.json)');
  // Playwright turns Chromium's file-chooser interception on while a 'filechooser' listener exists.
  // With only a listener per import, it was switched off and on between imports, and a key press
  // could win that race: the chooser opened uncaught and no event came. One listener for the whole
  // test keeps it on.
  page.on('filechooser', () => undefined);
  const importByKeyboard = async (name: string, content: string) => {
    await tabTo(page, input);
    const choosing = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (
      await choosing
    ).setFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
  };

  // Broken files: the reason is shown and storage is untouched.
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await importByKeyboard('broken.json', text.slice(0, 40));
  await expect(alert).toContainText('not valid JSON');
  await importByKeyboard('other.json', JSON.stringify({ format: 'something-else' }));
  await expect(alert).toContainText('not an Architecture Lab progress file');
  const damaged = text.replace(/"savedAt": \d+/, '"savedAt": "yesterday"');
  await importByKeyboard('damaged.json', damaged);
  await expect(alert).toContainText(`"code" entry "${ID}" needs a "savedAt" time`);
  expect(await stored(page)).toEqual(empty);
  await expect(servers).toContainText('Not opened yet');

  // The good file restores everything, and says what it did.
  await importByKeyboard('progress.json', text);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported code for 1 exercise and progress for 1 chapter.',
  );
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);
  await expectShown();
  expect(
    await page.evaluate((key) => localStorage.getItem(key), `archlab:v1:code:${ID}`),
  ).toContain('"savedAt"');
});

test('without JavaScript the page is the course outline with its totals', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('progress/');
  const exercises = discoverExercises().length;
  await expect(page.getByRole('region', { name: 'Overall' })).toContainText(
    `${exercises} exercises`,
  );
  await expect(page.getByText("Your progress is read from this browser's storage")).toBeVisible();
  await expect(page.getByRole('link', { name: 'Answer requests: a tiny router' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my progress' })).toBeHidden();
  await context.close();
});

test('with storage blocked the page says so and turns import off', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto('progress/');
  await expect(page.getByRole('alert')).toContainText('This browser is not saving progress');
  await expect(page.getByLabel('Choose a progress file (.json)')).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Overall' })).toContainText(/0 of \d+/);
  await context.close();
});
