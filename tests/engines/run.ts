/**
 * The cross-engine smoke suite (`npm run test:engines`): the scenario of tests/engines/scenario.ts
 * in Firefox and in WebKit (Safari's engine), against the built site served by `astro preview`.
 *
 * Two ways to get the browsers (README, "Browsers tested"):
 * - here and in CI (`.ci/run` installs them with apt): Debian's `firefox-esr`, driven headless by
 *   puppeteer-core over WebDriver BiDi, and `webkit2gtk-driver` (WebKitWebDriver + MiniBrowser,
 *   no headless mode, so under `xvfb-run`), driven by selenium-webdriver over classic WebDriver;
 * - on a developer's machine, `ENGINES_DRIVER=playwright` uses Playwright's own Firefox and WebKit
 *   builds (`npx playwright install firefox webkit` first).
 *
 * `ENGINES=firefox` or `ENGINES=webkit` runs one. Results go to test-results/engines.json, which
 * scripts/test-summary.mjs adds to the summary line. Exit code 1 when a step failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { discoverExercises } from '../support/exercises.ts';
import { quizPages } from '../e2e/support/site.ts';
import { STEPS, type ScenarioData, type Session } from './scenario.ts';

const ENGINES = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((e) => e.trim());
const DRIVER = process.env.ENGINES_DRIVER ?? 'system';
const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER =
  process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

interface Outcome {
  engine: string;
  step: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** A free TCP port on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      );
    });
  });
}

/** Start a process in its own group, so stopping it stops what it started (npm → astro). */
function start(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { detached: true, stdio: 'ignore' });
}

function stop(child: ChildProcess | undefined): void {
  if (child?.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok || response.status === 405) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The body of a step as an expression: an async arrow called with `args`. */
function expression(body: string, args: unknown): string {
  return `(async (args) => {\n${body}\n})(${JSON.stringify(args ?? null)})`;
}

async function firefoxSession(site: string): Promise<{ session: Session; close(): Promise<void> }> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(90_000);
  return {
    session: {
      goto: async (path) => void (await page.goto(site + path, { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      run: async <T>(body: string, args?: unknown): Promise<T> => {
        const value: unknown = await page.evaluate(expression(body, args));
        return value as T;
      },
    },
    close: () => browser.close(),
  };
}

async function webkitSession(site: string): Promise<{ session: Session; close(): Promise<void> }> {
  const { Builder } = await import('selenium-webdriver');
  const port = await freePort();
  // WebKitGTK has no headless mode: its driver and browser run on a virtual X display.
  const driverProcess = start('xvfb-run', [
    '-a',
    '-s',
    '-screen 0 1280x1024x24',
    WEBKIT_DRIVER,
    `--port=${port}`,
  ]);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/status`, 30_000);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 90_000, pageLoad: 60_000 });
    return {
      session: {
        goto: (path) => driver.get(site + path),
        reload: () => driver.navigate().refresh(),
        run: async <T>(body: string, args?: unknown) => {
          // Classic WebDriver: an async script reports through the callback it is given last.
          const reply = await driver.executeAsyncScript<{ value?: T; error?: string }>(
            `const done = arguments[arguments.length - 1];
             ${expression(body, args)}.then((value) => done({ value }), (e) => done({ error: e instanceof Error ? e.message + '\\n' + e.stack : String(e) }));`,
          );
          if (reply.error !== undefined) throw new Error(reply.error);
          return reply.value as T;
        },
      },
      close: async () => {
        await driver.quit().catch(() => undefined);
        stop(driverProcess);
      },
    };
  } catch (error) {
    stop(driverProcess);
    throw error;
  }
}

async function playwrightSession(
  engine: string,
  site: string,
): Promise<{ session: Session; close(): Promise<void> }> {
  const pw = await import('@playwright/test');
  const type = engine === 'webkit' ? pw.webkit : pw.firefox;
  const browser = await type.launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(90_000);
  return {
    session: {
      goto: async (path) => void (await page.goto(site + path, { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      run: async <T>(body: string, args?: unknown): Promise<T> => {
        const value: unknown = await page.evaluate(expression(body, args));
        return value as T;
      },
    },
    close: () => browser.close(),
  };
}

function scenarioData(): ScenarioData {
  const exercise = discoverExercises().find((e) => e.id === 'servers/route-requests');
  if (!exercise) throw new Error('exercise servers/route-requests not found');
  const quizPage = quizPages()[0];
  if (!quizPage) throw new Error('no built chapter has a quiz');
  return {
    chapter: exercise.chapter,
    exerciseId: exercise.id,
    solution: exercise.solution,
    quizPage,
  };
}

async function runEngine(engine: string, site: string, data: ScenarioData): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let handle: { session: Session; close(): Promise<void> } | undefined;
  try {
    handle =
      DRIVER === 'playwright'
        ? await playwrightSession(engine, site)
        : engine === 'webkit'
          ? await webkitSession(site)
          : await firefoxSession(site);
  } catch (error) {
    return [{ engine, step: 'the browser starts', ok: false, ms: 0, error: String(error) }];
  }
  let broken = false;
  for (const step of STEPS) {
    const started = Date.now();
    if (broken) {
      outcomes.push({
        engine,
        step: step.name,
        ok: false,
        ms: 0,
        error: 'not run: an earlier step failed',
      });
      continue;
    }
    try {
      await step.run(handle.session, data);
      outcomes.push({ engine, step: step.name, ok: true, ms: Date.now() - started });
    } catch (error) {
      // Later steps build on the page an earlier one left: stop this engine's scenario here.
      broken = true;
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({
        engine,
        step: step.name,
        ok: false,
        ms: Date.now() - started,
        error: message,
      });
    }
    const last = outcomes.at(-1)!;
    console.log(
      `  ${last.ok ? '✓' : '✘'} [${engine}] ${last.step} (${last.ms} ms)${last.error ? `\n      ${last.error.split('\n')[0]}` : ''}`,
    );
  }
  await handle.close().catch(() => undefined);
  return outcomes;
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.error('No built site in dist/: run `npm run build` first.');
    return 1;
  }
  const data = scenarioData();
  const port = Number(process.env.ENGINES_PORT ?? (await freePort()));
  const site = `http://localhost:${port}${BASE}`;
  const preview = start('npm', [
    'run',
    'preview',
    '--',
    '--port',
    String(port),
    '--host',
    'localhost',
  ]);
  const outcomes: Outcome[] = [];
  try {
    await waitForHttp(site, 60_000);
    console.log(`Cross-engine smoke suite on ${site} (${DRIVER} browsers: ${ENGINES.join(', ')})`);
    // One engine at a time: the machine is shared, and each browser is heavy.
    for (const engine of ENGINES) outcomes.push(...(await runEngine(engine, site, data)));
  } finally {
    stop(preview);
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/engines.json', JSON.stringify({ passed, failed, outcomes }, null, 2));
  console.log(`engines: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
