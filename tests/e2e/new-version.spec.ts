/**
 * After a deploy, a page opened before it asks for hashed chunks that no longer exist. The learner
 * is told a new version is out and reloads with one click, keeping their code (issue 16). The
 * deploy is played by answering 404 for every script chunk once the page has loaded.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import {
  attributeBecomes,
  exerciseLocator,
  openExercise,
  runAndWait,
  setCode,
} from './support/exercise.ts';

const ID = 'servers/route-requests';
const KEY = `archlab:v1:code:${ID}`;

// The host's answers, not the service worker's cache (which would still hold the old chunks).
test.use({ serviceWorkers: 'block' });

test('a chunk gone after a deploy: the notice offers a reload, and the reload keeps the code', async ({
  page,
}) => {
  const marker = `// mine ${Date.now()}`;
  // A learner's code from an earlier visit, then the tab stays open across a deploy.
  let island = await openExercise(page, ID);
  await setCode(
    page,
    ID,
    `${marker}\nexport function handle() { return { status: 404, body: '' } }\n`,
  );
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY))
    .toContain(marker);
  await page.reload();
  island = exerciseLocator(page, ID);
  await expect(island.locator('[data-code]')).toContainText(marker);

  // The deploy: every chunk this page has not loaded yet is gone.
  await page.route('**/_astro/*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await island.scrollIntoViewIfNeeded();
  await island.hover();
  const notice = page.locator('[data-new-version]');
  await expect(notice).toContainText('A new version of the course is out');
  await expect(notice).toHaveAttribute('role', 'alert');

  // The new version is there; one click reloads onto it with the learner's code.
  await page.unroute('**/_astro/*.js');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('[data-new-version]')).toHaveCount(0);
  await island.scrollIntoViewIfNeeded();
  await island.hover();
  await attributeBecomes(island, 'data-ready', '');
  expect(await page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID)).toContain(
    marker,
  );
});

test('a chunk gone while the editor is open: Reload saves an edit the autosave has not yet', async ({
  page,
}) => {
  const exercise = discoverExercises().find((e) => e.id === ID)!;
  const island = await openExercise(page, ID);
  // The deploy, then a part loaded on demand fails: the sandbox Worker, replaced after a runaway
  // loop, cannot start again.
  await page.route('**/_astro/*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await setCode(page, ID, 'export function handle() { while (true) {} }');
  await runAndWait(island, 60_000);
  await setCode(page, ID, exercise.solution);
  await runAndWait(island, 60_000);
  const notice = page.locator('[data-new-version]');
  await expect(notice).toContainText('A new version of the course is out');
  await page.unroute('**/_astro/*.js');
  const marker = `// typed just now ${Date.now()}`;
  // An edit, and Reload pressed at once: within the autosave's delay.
  await page.evaluate(
    ([id, text]) => {
      window.__archlab?.exercises[id]?.setCode(text);
      document.querySelector<HTMLButtonElement>('[data-new-version] button')?.click();
    },
    [ID, `${marker}\n${exercise.solution}`] as const,
  );
  await page.waitForLoadState('load');
  await expect(exerciseLocator(page, ID).locator('[data-code]')).toContainText(marker);
});
