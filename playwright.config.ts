import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/support/chromium.ts';

/** Port and base path are overridable so several checkouts can test side by side, and at a sub-path. */
const port = Number(process.env.PORT ?? 4321);
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const executablePath = chromiumExecutable();
/** Specs whose assertions time the page; see the `timed` project. */
const TIMED = /bad-code\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  // Keep artifacts in a subfolder: Playwright empties outputDir, and the unit report sits beside it.
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}${base}`,
    // Recording a trace costs about a third of the suite's time even when it is thrown away, and
    // CI only keeps the printed report: turn it on when debugging (`--trace retain-on-failure`).
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: TIMED,
    },
    {
      // Tests that time the page (the watchdog's report, input delay while code runs) measure
      // scheduling: on a two-core machine, beside two other browsers, a timer fires seconds late.
      // They run after everything else, one at a time, so they measure the page and not the suite.
      name: 'timed',
      use: { ...devices['Desktop Chrome'] },
      testMatch: TIMED,
      dependencies: ['chromium'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: {
    // Tests run against the production build, as GitHub Pages serves it.
    command: `npm run preview -- --port ${port} --host localhost`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
