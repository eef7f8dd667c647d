import { expect, test, type Locator, type Page } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, runAndWait, setCode } from './support/exercise.ts';

/** Wait until the widget shows a finished run. */
async function ready(region: Locator): Promise<void> {
  await expect(region).toHaveAttribute('data-state', 'ready');
}

function widget(page: Page, name: string) {
  const region = page.getByRole('region', { name: `Simulation: ${name}` });
  return {
    region,
    prediction: region.getByLabel(/^Your prediction/),
    check: region.getByRole('region', { name: /^Prediction, simulation and formula/ }),
    compare: region.getByRole('region', { name: 'Compare runs' }),
  };
}

test('predict, then run: guess, simulation and formula side by side; compare two runs', async ({
  page,
}) => {
  await page.goto('learn/servers/');
  const { region, prediction, check, compare } = widget(page, 'Requests arriving at one server');
  await region.scrollIntoViewIfNeeded();
  await ready(region);

  // The first run happens without a guess: skipping is allowed and said so.
  await expect(check.getByRole('definition').first()).toHaveText('skipped');
  await expect(check).toContainText('Simulated');
  // M/M/1 at λ = 40 req/s, S = 20 ms: W = 1/(μ − λ) = 1/(50 − 40) s = 100 ms.
  await expect(check).toContainText('100 ms');
  await expect(check).toContainText('Why they differ');

  // A wrong guess is refused with a message tied to the field; Enter does not run.
  await prediction.fill('fast');
  await prediction.press('Enter');
  await expect(prediction).toHaveAttribute('aria-invalid', 'true');
  await expect(prediction).toHaveAccessibleDescription(/Enter a number in ms/);
  await prediction.fill('100001');
  await expect(prediction).toHaveAccessibleDescription(/Enter a value from 0 ms to 100/);

  // A valid guess, typed like a person, then Run from the keyboard.
  await prediction.fill('');
  await prediction.pressSequentially('70');
  await expect(prediction).not.toHaveAttribute('aria-invalid', 'true');
  await prediction.press('Enter');
  await expect(check.getByRole('definition').first()).toHaveText('70 ms');
  await expect(check).toContainText(/Your prediction is \d+ % below the simulation/);

  // The chart of the three values has a text alternative: its data table.
  const chart = check.getByRole('img', { name: /Bar chart: Mean response time: prediction/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(
    /Your prediction 70; Simulated [\d.]+; Formula 100\./,
  );
  await check.getByText(/^Data table: Mean response time/).click();
  const bars = check.getByRole('table', { name: /Mean response time: prediction/ });
  await expect(bars.getByRole('row', { name: /Your prediction 70/ })).toBeVisible();
  await expect(bars.getByRole('row', { name: /Formula 100/ })).toBeVisible();

  // One run is nothing to compare; a second run with other settings is.
  await expect(compare).toBeHidden();
  const rate = region.getByLabel('Arrival rate (λ)');
  await rate.focus();
  await page.keyboard.press('ArrowRight');
  await ready(region);
  const runs = compare.getByRole('table', { name: /Kept runs, all on seed 12/ });
  await expect(runs.getByRole('rowheader')).toHaveText([
    'λ 40 req/s, S 20 ms, 1 core',
    'λ 45 req/s, S 20 ms, 1 core',
  ]);
  // The overlay chart names each run in its legend; its description lists them.
  await expect(
    compare.getByRole('img', { name: 'Line chart: Runs compared: Latency over time' }),
  ).toHaveAccessibleDescription(/λ 40 req\/s, S 20 ms, 1 core: .*λ 45 req\/s, S 20 ms, 1 core:/);

  await compare.getByRole('button', { name: 'Remove run: λ 45 req/s, S 20 ms, 1 core' }).click();
  await expect(compare).toBeHidden();

  // The guess is saved: a reload shows it again.
  await page.reload();
  await expect(widget(page, 'Requests arriving at one server').prediction).toHaveValue('70');
});

test('load balancers: strategies on the same seed overlaid, pinned and removed', async ({
  page,
}) => {
  await page.goto('learn/load-balancers/');
  const { region, check, compare } = widget(page, 'Seven strategies, the same traffic');
  await region.scrollIntoViewIfNeeded();
  await ready(region);
  await expect(check).toContainText('no formula applies here');

  const strategyA = region.getByLabel('Strategy A', { exact: true });
  await strategyA.selectOption({ label: 'Random' });
  await expect(compare.getByRole('rowheader')).toHaveCount(2);
  await strategyA.selectOption({ label: 'Power of two choices' });
  const names = ['Round robin, 60 %', 'Random, 60 %', 'Power of two choices, 60 %'];
  await expect(compare.getByRole('rowheader')).toHaveText(names);

  // The percentiles of each run share one chart; the data table has a column per run.
  await compare.getByText(/^Data table: Runs compared/).click();
  const table = compare.getByRole('table', { name: /Runs compared: Latency percentiles/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Percentile', ...names]);

  const pin = compare.getByRole('button', { name: 'Pin run: Round robin, 60 %' });
  await pin.click();
  await expect(compare.getByRole('button', { name: 'Pin run: Round robin, 60 %' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(compare.getByRole('button', { name: 'Pin run: Round robin, 60 %' })).toBeFocused();
  await compare.getByRole('button', { name: 'Remove run: Random, 60 %' }).click();
  await expect(compare.getByRole('rowheader')).toHaveText([
    'Round robin, 60 % (pinned)',
    'Power of two choices, 60 %',
  ]);

  // The pinned run is still there after a reload, to compare the next runs against.
  await page.reload();
  await region.scrollIntoViewIfNeeded();
  await ready(region);
  await strategyA.selectOption({ label: 'Random' });
  await expect(compare.getByRole('rowheader')).toHaveText([
    'Round robin, 60 % (pinned)',
    'Random, 60 %',
  ]);
  await compare.getByRole('button', { name: 'Clear all runs' }).click();
  await expect(compare).toBeHidden();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('archlab:v1:sim-pins:')),
    ),
  ).toEqual([]);
});

test('an exercise keeps its runs: the starter and the solution overlaid, then one removed', async ({
  page,
}) => {
  const id = 'load-balancers/beat-round-robin';
  const exercise = discoverExercises().find((e) => e.id === id)!;
  const island = await openExercise(page, id);
  const compare = island.getByRole('region', { name: 'Compare your runs' });

  await setCode(page, id, exercise.starter);
  await runAndWait(island);
  // One run has nothing to compare with.
  await expect(compare).toHaveCount(0);

  await setCode(page, id, exercise.solution);
  await runAndWait(island);
  await expect(compare).toBeVisible();
  const rows = compare.getByRole('table', { name: 'Your kept runs' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Run 1');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Run 2');
  // The solution passes every check; the starter did not.
  const total = await island.locator('.results-checks li').count();
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(`${total} of ${total}`);
  await expect(rows.nth(0).getByRole('cell').first()).not.toHaveText(`${total} of ${total}`);
  // The overlaid chart names both runs in its text alternative.
  const chart = compare.locator('figure.archlab-chart').first();
  await expect(chart.locator('canvas')).toHaveAttribute('aria-label', /Your runs compared/);
  await expect(chart.locator('.archlab-chart__summary')).toContainText(/Run 1.*Run 2/s);

  await compare.getByRole('button', { name: 'Remove Run 1' }).click();
  // A single run left: the comparison hides itself.
  await expect(compare).toHaveCount(0);
});
