import { expect, test, type Page } from '@playwright/test';

const CHAPTER = 'learn/servers/';
const SIM_NAME = 'Simulation: Requests arriving at one server';

function simulation(page: Page) {
  const region = page.getByRole('region', { name: SIM_NAME });
  return {
    region,
    figures: region.getByRole('status', { name: 'Results' }),
    rate: region.getByLabel('Arrival rate (λ)'),
    seed: region.getByLabel('Seed'),
  };
}

/** Wait until the widget shows a finished run made with `seed`. */
async function ranWithSeed(page: Page, seed: number): Promise<void> {
  const { region } = simulation(page);
  await expect(region).toHaveAttribute('data-seed-shown', String(seed));
  await expect(region).toHaveAttribute('data-state', 'ready');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the controls, the defaults and a note that the live run needs JavaScript', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const { region, figures, rate, seed } = simulation(page);
    await expect(region).toBeVisible();
    await expect(region.getByText('needs JavaScript')).toBeVisible();
    await expect(rate).toHaveValue('40');
    await expect(rate).toBeDisabled();
    await expect(region.getByLabel('Service time (S)')).toHaveValue('20');
    await expect(region.getByLabel('Cores (c)')).toHaveValue('1');
    await expect(seed).toHaveValue('12');
    // Figures of one run at the defaults, computed at build time.
    await expect(figures).toContainText('Load λ·S/c');
    await expect(figures).toContainText('80 %');
    await expect(figures).toContainText('Latency p95');
  });
});

test.describe('with JavaScript', () => {
  test('loads chart.js only when the simulation comes into view', async ({ page }) => {
    const chartRequests: string[] = [];
    page.on('request', (r) => {
      if (/chartjs/i.test(r.url())) chartRequests.push(r.url());
    });
    await page.goto(CHAPTER);
    const { region } = simulation(page);
    await expect(region).toHaveAttribute('data-state', 'idle');
    expect(chartRequests).toEqual([]);
    await region.scrollIntoViewIfNeeded();
    await expect(region.getByRole('img', { name: /Latency over time/ })).toBeVisible();
    expect(chartRequests.length).toBeGreaterThan(0);
  });

  test('draws charts with accessible names and text alternatives', async ({ page }) => {
    await page.goto(CHAPTER);
    const { region } = simulation(page);
    await region.scrollIntoViewIfNeeded();
    for (const name of [
      'Line chart: Latency over time',
      'Line chart: Utilisation and queue over time',
      'Line chart: Latency against utilisation',
    ]) {
      const chart = region.getByRole('img', { name });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleDescription(/from .* to .*/);
    }
    const table = region.getByRole('group').filter({ hasText: 'Data table: Latency over time' });
    await table.getByText('Data table: Latency over time').click();
    await expect(region.getByRole('table', { name: /Latency over time/ })).toBeVisible();
  });

  test('re-runs when a control changes by keyboard and updates the figures', async ({ page }) => {
    await page.goto(CHAPTER);
    const { region, figures, rate } = simulation(page);
    await region.scrollIntoViewIfNeeded();
    await ranWithSeed(page, 12);
    await expect(figures).toContainText('80 %');
    const before = (await figures.textContent()) ?? '';

    await rate.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(rate).toHaveValue('50');
    await expect(region.getByText('50 req/s')).toBeVisible();
    // λ·S/c = 50 × 0.020 / 1: the load figure reaches 100 %.
    await expect(figures).toContainText('100 %');
    await expect(region).toHaveAttribute('data-state', 'ready');
    expect(await figures.textContent()).not.toEqual(before);

    await region.getByRole('button', { name: 'Reset' }).click();
    await expect(rate).toHaveValue('40');
    await expect(figures).toHaveText(before);
  });

  test('the same seed gives the same figures', async ({ page }) => {
    await page.goto(CHAPTER);
    const { region, figures, seed } = simulation(page);
    await region.scrollIntoViewIfNeeded();
    await ranWithSeed(page, 12);

    await seed.fill('7');
    await seed.press('Enter');
    await ranWithSeed(page, 7);
    const seven = (await figures.textContent()) ?? '';

    await seed.fill('8');
    await region.getByRole('button', { name: 'Run' }).click();
    await ranWithSeed(page, 8);
    expect(await figures.textContent()).not.toEqual(seven);

    await seed.fill('7');
    await seed.press('Enter');
    await ranWithSeed(page, 7);
    await expect(figures).toHaveText(seven);
  });

  test('charts follow the colour scheme and the data-theme attribute', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(CHAPTER);
    const { region } = simulation(page);
    await region.scrollIntoViewIfNeeded();
    const figure = region.getByRole('figure', { name: 'Latency over time' });
    await expect(figure).toHaveAttribute('data-chart-text', /rgb/);
    const light = (await figure.getAttribute('data-chart-text')) ?? '';

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(figure).not.toHaveAttribute('data-chart-text', light);
    const dark = (await figure.getAttribute('data-chart-text')) ?? '';

    // The site chrome's theme toggle sets data-theme on <html>; charts restyle in place.
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'light';
    });
    await expect(figure).toHaveAttribute('data-chart-text', light);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    await expect(figure).toHaveAttribute('data-chart-text', dark);
  });
});
