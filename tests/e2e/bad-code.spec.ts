/**
 * Everything a learner can write, in the real browser: runaway loops, recursion, endless async
 * work, memory, console floods, odd thrown values, odd sources and HTML. Each case is stopped or
 * contained with plain words, the page keeps answering input (measured by the page itself), and
 * the next Run on the same page passes with the reference solution. Several runs per page load
 * keep the spec fast.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { attributeBecomes, openExercise, runAndWait, setCode } from './support/exercise.ts';

const ID = 'servers/route-requests';
const SOLUTION = discoverExercises().find((e) => e.id === ID)!.solution;
const NOT_FOUND = "export function handle() { return { status: 404, body: '' } }";
const RUN = /^Run/;

// Several runs per page load, three of them waiting out the 3 s watchdog: more than the default.
test.describe.configure({ timeout: 120_000 });

/** Open the exercise and fail the test if the tab crashes at any point. */
async function open(page: Page): Promise<{ island: Locator; crashed: () => boolean }> {
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const island = await openExercise(page, ID);
  return { island, crashed: () => crashed };
}

/** The reference solution passes every check: the bad run left the page and runner healthy. */
async function expectSolutionPasses(page: Page, island: Locator): Promise<void> {
  await setCode(page, ID, SOLUTION);
  const results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toContainText(/^All \d+ checks passed/);
  await expect(island).toHaveAttribute('data-state', 'passed');
}

/**
 * Click into the editor and type; the page records, in its own clock, how long each click and key
 * waited between the input event's timestamp and its handler. Every wait must be under a second,
 * and the typed text must reach the editor.
 */
async function expectResponsive(page: Page, island: Locator, marker: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __inputDelays?: number[] };
    if (!w.__inputDelays) {
      const record = (e: Event) => w.__inputDelays?.push(performance.now() - e.timeStamp);
      document.addEventListener('click', record, true);
      document.addEventListener('keydown', record, true);
    }
    w.__inputDelays = [];
  });
  await island.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n// ${marker}`);
  await expect
    .poll(() => page.evaluate((id) => window.__archlab?.exercises[id]?.getCode(), ID))
    .toContain(`// ${marker}`);
  const delays = await page.evaluate(
    () => (window as unknown as { __inputDelays: number[] }).__inputDelays,
  );
  // One click, Control+End, Enter and one keydown per typed character.
  expect(delays.length).toBeGreaterThanOrEqual(3 + marker.length);
  // Not a performance figure (the bench measures those): code running on the page itself would
  // block input for the whole run (the time limit, 3 s or more). A busy CI machine's GC pauses and
  // a second test worker reached 1.3 s, so the bound sits between the two.
  expect(Math.max(...delays), 'slowest input delay in ms').toBeLessThan(2500);
}

/** Press Run and use the page at once, while the run is going; then wait for the result. */
async function runWhileTyping(page: Page, island: Locator, marker: string): Promise<Locator> {
  const before = Number((await island.getAttribute('data-runs')) ?? 0);
  await island.getByRole('button', { name: RUN }).click();
  // No wait for a busy state first: on a loaded machine a poll could come after the run ended.
  await expectResponsive(page, island, marker);
  await attributeBecomes(island, 'data-runs', String(before + 1));
  return island.locator('[data-results]');
}

/** The page's own time from Run to the report, as the results panel shows it. */
async function reportedMs(results: Locator): Promise<number> {
  return Number((await results.locator('.results-time').innerText()).replace(/\D/g, ''));
}

test('runaway loops are stopped within the limit, recursion is named, and the next run passes', async ({
  page,
}) => {
  const { island, crashed } = await open(page);
  // Warm up once so the timing below measures the watchdog, not the first compiler load.
  await setCode(page, ID, NOT_FOUND);
  await runAndWait(island);

  // 1. A loop in the function the checks call.
  await setCode(page, ID, 'export function handle() { while (true) {} }');
  // Not typing during this run: it measures the watchdog alone (typing is timed in case 2).
  let results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('Stopped after 3 s');
  // The page's own clock, from handing the code to the sandbox to the report (Playwright's
  // polling would add its own delay).
  const reported = await reportedMs(results);
  // The watchdog fires at the limit; the slack is for a loaded machine terminating a Worker and
  // drawing the report (4.1 s seen with two heavy tests at once), not a performance target.
  expect(
    reported,
    'ms from the start of the run to the timeout report (limit 3 s + 2 s)',
  ).toBeLessThan(3000 + 2000);
  expect(reported).toBeGreaterThanOrEqual(3000);
  // The page still answers: a hint button click works, and the next Run gets a fresh Worker.
  await island.getByRole('button', { name: /Show hint 1/ }).click();
  await expect(island.getByRole('button', { name: /Show hint 2/ })).toBeVisible();
  await setCode(page, ID, NOT_FOUND);
  const again = await runAndWait(island);
  await expect(again.locator('.results-checks li.is-pass')).toContainText([
    'Unknown paths answer 404',
  ]);

  // 2. A loop in a strategy the engine calls, deep inside a simulation.
  await setCode(
    page,
    ID,
    [
      "import { simulate } from 'archlab';",
      'export function handle() {',
      '  simulate({',
      '    durationMs: 1000,',
      "    traffic: { kind: 'poisson', ratePerSec: 10 },",
      "    servers: ['a', 'b'].map((name) => ({ name, serviceTime: { kind: 'exponential', mean: 10 } })),",
      '    loadBalancer: { strategy: () => { while (true) {} } },',
      '  }, { seed: 1 });',
      "  return { status: 404, body: '' };",
      '}',
    ].join('\n'),
  );
  results = await runWhileTyping(page, island, 'busy');
  await expect(results.getByRole('alert')).toContainText('Stopped after 3 s');
  await expectSolutionPasses(page, island);

  // 3. Infinite recursion: named as such at the learner's line, at once, not taken for a hang.
  await setCode(
    page,
    ID,
    'function down(n: number): number {\n  return down(n + 1) + 1;\n}\nexport function handle() { return { status: 404, body: down(0) } }\n',
  );
  results = await runAndWait(island);
  const alert = results.getByRole('alert');
  await expect(alert).toContainText('Too much recursion (line 2)');
  await expect(alert).toContainText('stack overflow');
  await expect(alert).not.toContainText('Stopped after');
  await expect(results.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
  expect(await reportedMs(results), 'recursion is reported well before the 3 s limit').toBeLessThan(
    3000,
  );
  await expectSolutionPasses(page, island);
  expect(crashed()).toBe(false);
});

test('endless async work is contained and does not starve the next run', async ({ page }) => {
  const { island, crashed } = await open(page);
  // An async loop that yields only to microtasks: the checks get a Promise, not a response.
  await setCode(page, ID, 'export async function handle() {\n  while (true) await null;\n}\n');
  const results = await runAndWait(island);
  await expect(results.locator('.results-checks')).toContainText(
    'handle() must return { status, body }',
  );
  await expectSolutionPasses(page, island);

  // Work left running after the result: a timer ping-pong, then a promise chain without end.
  // Each would keep the old Worker busy for ever; the next run must not notice.
  const leftovers = [
    'function ping() { setTimeout(pong, 0) }\nfunction pong() { setTimeout(ping, 0) }\nping();',
    'const spin = (): Promise<void> => Promise.resolve().then(spin);\nvoid spin();',
  ];
  for (const leftover of leftovers) {
    await setCode(page, ID, `${leftover}\n${NOT_FOUND}\n`);
    const r = await runAndWait(island);
    await expect(r.locator('.results-checks li.is-pass')).toContainText([
      'Unknown paths answer 404',
    ]);
    await expectSolutionPasses(page, island);
  }
  await expectResponsive(page, island, 'typed after async work');
  expect(crashed()).toBe(false);
});

test('memory without end is stopped with a plain message and the tab survives', async ({
  page,
}) => {
  const { island, crashed } = await open(page);
  // A string doubled for ever fails fast with V8's RangeError, explained in plain words.
  await setCode(
    page,
    ID,
    "export function handle() {\n  let s = 'x';\n  while (true) s += s;\n}\n",
  );
  let results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText(
    'Your code used too much memory and was stopped (line 3)',
  );
  await expectSolutionPasses(page, island);

  // An array pushed for ever grows slowly; the watchdog ends it long before the heap is full.
  await setCode(
    page,
    ID,
    'export function handle() {\n  const a: number[] = [];\n  while (true) a.push(a.length);\n}\n',
  );
  results = await runWhileTyping(page, island, 'busy');
  await expect(results.getByRole('alert')).toContainText('Stopped after 3 s');
  await expectSolutionPasses(page, island);
  expect(crashed()).toBe(false);
});

test('a console flood and a 10 MB line are capped with a notice', async ({ page }) => {
  const { island, crashed } = await open(page);
  await setCode(
    page,
    ID,
    "console.log('y'.repeat(10_000_000));\nfor (let i = 0; i < 1_000_000; i++) console.log('line', i);\n" +
      NOT_FOUND,
  );
  const results = await runAndWait(island);
  const consoleBox = results.locator('.results-console');
  await expect(consoleBox.locator('.console-line')).toHaveCount(200);
  await expect(consoleBox.locator('.console-line').first()).toContainText(
    '(9,998,000 more characters)',
  );
  expect((await consoleBox.locator('.console-line').first().innerText()).length).toBeLessThan(2100);
  await expect(consoleBox.locator('.console-line').last()).toHaveText('line 198');
  await expect(consoleBox).toContainText('Output truncated');
  await expect(consoleBox).toContainText('999,801 more lines were not shown');
  await expectResponsive(page, island, 'typed after the flood');
  await expectSolutionPasses(page, island);
  expect(crashed()).toBe(false);
});

test('odd thrown values and HTML anywhere in the output are shown as plain text', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const { island } = await open(page);
  const thrown: [string, string | RegExp][] = [
    ["throw 'just a string'", 'Your code threw: just a string'],
    ['throw undefined', 'Your code threw: undefined'],
    ["throw { toString() { throw new Error('no') } }", /Your code threw[^:]*: \S/],
  ];
  for (const [statement, message] of thrown) {
    await setCode(page, ID, `export function handle() { ${statement} }\n`);
    const results = await runAndWait(island);
    await expect(results.getByRole('alert')).toContainText(message);
  }

  // HTML in the console, in a thrown message and in a check message (which quotes the response).
  await setCode(
    page,
    ID,
    "console.log('<img src=x onerror=alert(1)>');\nexport function handle() { throw new Error('<b>bold</b><script>alert(2)</script>') }\n",
  );
  let results = await runAndWait(island);
  await expect(results.locator('.results-console pre')).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  await expect(results.getByRole('alert')).toContainText('<b>bold</b>');
  await expect(results.getByRole('alert')).toContainText('<script>alert(2)</script>');
  await expect(results.locator('img, b, script')).toHaveCount(0);
  await setCode(page, ID, "export function handle() { return '<img src=y onerror=alert(3)>' }\n");
  results = await runAndWait(island);
  await expect(results.locator('.results-checks')).toContainText('<img src=y onerror=alert(3)>');
  await expect(results.locator('img, b, script')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expectSolutionPasses(page, island);
});

test('odd sources: empty, 1 MB, non-ASCII names, CRLF line endings and a BOM', async ({ page }) => {
  const { island, crashed } = await open(page);
  await setCode(page, ID, '  \n\n');
  let results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText(
    'The editor is empty — write your solution, or press Reset',
  );
  await expectSolutionPasses(page, island);

  // About a megabyte of data beside the solution compiles and runs.
  const numbers = Array.from({ length: 150_000 }, (_, i) => i).join(', ');
  const big = `${SOLUTION}\nexport const table = [${numbers}];\n`;
  expect(big.length).toBeGreaterThan(1_000_000);
  await setCode(page, ID, big);
  results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toContainText(/^All \d+ checks passed/);
  await expectResponsive(page, island, 'typed after a megabyte');

  // Non-ASCII identifiers work, and an error among them still names its line.
  await setCode(
    page,
    ID,
    "const größe = 1;\nconst 名前 = 'x';\nexport function handle() {\n  if (größe === 1) throw new Error(名前 + ' kaputt');\n}\n",
  );
  results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('(line 4)');
  await expect(results.getByRole('alert')).toContainText('x kaputt');
  await setCode(
    page,
    ID,
    `${SOLUTION}\nconst größe = 1;\nconst 名前 = 'x';\nconsole.log(名前, größe);\n`,
  );
  results = await runAndWait(island);
  await expect(results.locator('.results-console pre')).toContainText('x 1');
  await expect(island).toHaveAttribute('data-state', 'passed');

  // Windows line endings: runtime and syntax errors still point at the right line.
  await setCode(
    page,
    ID,
    "type A = number;\r\n\r\nexport function handle(): A {\r\n  throw new Error('crlf');\r\n}\r\n",
  );
  results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('(line 4)');
  await setCode(
    page,
    ID,
    'const a = 1;\r\n\r\nexport function handle() { return { status: 200, body: [ }; }\r\n',
  );
  results = await runAndWait(island);
  await expect(results.getByRole('alert')).toContainText('Syntax error on line 3');

  // A leading byte-order mark.
  await setCode(page, ID, `\uFEFF${SOLUTION}`);
  results = await runAndWait(island);
  await expect(results.locator('.results-summary')).toContainText(/^All \d+ checks passed/);
  expect(crashed()).toBe(false);
});
