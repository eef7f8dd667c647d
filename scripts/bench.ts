/**
 * `npm run bench`: the project's performance figures next to their targets. Parts (all by default,
 * or `--only engine,build,weight,run,sim,lighthouse`; `--no-build` skips the build and measures
 * the existing dist/): engine throughput and memory (Node), build time, page weight (dist/), Run
 * latency, long tasks during a simulation and Lighthouse scores (Chromium against `astro
 * preview`). Prints one table and writes bench/results.json. Reports; never fails on a target.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';
import { launchChromium } from './bench/browser.ts';
import { benchBuild } from './bench/build.ts';
import { benchEngine } from './bench/engine.ts';
import {
  formatMarkdown,
  formatTable,
  selectParts,
  type Figure,
  type Part,
} from './bench/figures.ts';
import { startPreview } from './bench/server.ts';
import { benchWeight } from './bench/weight.ts';

const RESULTS = join('bench', 'results.json');

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

/** Results of an earlier run, so `--only` keeps the other parts' figures. */
function previous(): { figures?: Figure[]; [key: string]: unknown } {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')) as { figures?: Figure[] };
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const parts = selectParts(args);
  const base = (process.env['BASE'] ?? '/').replace(/\/?$/, '/');
  const date = new Date().toISOString();
  const machine: Record<string, unknown> = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: null,
    loadAverage1mAtStart: round(os.loadavg()[0]!, 2),
    loadAverage1mAtEnd: 0,
  };
  const figures: Figure[] = [];
  const extra: Record<string, unknown> = {};
  const say = (text: string) => process.stdout.write(`${text}\n`);

  if (parts.has('engine')) {
    say('— engine');
    const engine = benchEngine();
    figures.push(...engine.figures);
    extra['engine'] = { speed: engine.speed, memory: engine.memory };
  }
  if (parts.has('build')) {
    say('— build (npm run build)');
    figures.push(...benchBuild());
  }
  if (parts.has('weight')) {
    say('— page weight (dist/)');
    const weight = benchWeight('dist', base);
    figures.push(...weight.figures);
    extra['pages'] = weight.pages;
  }
  const browserParts: Part[] = ['run', 'sim', 'lighthouse'];
  if (browserParts.some((p) => parts.has(p))) {
    if (!existsSync('dist')) throw new Error('no dist/: run `npm run build` or drop --no-build');
    const preview = await startPreview(base);
    try {
      if (parts.has('run') || parts.has('sim')) {
        const browser = await launchChromium();
        machine['chromium'] = browser.version();
        try {
          if (parts.has('run')) {
            say('— Run latency (Chromium)');
            const { benchRun } = await import('./bench/run.ts');
            figures.push(...(await benchRun(browser, preview.url)));
          }
          if (parts.has('sim')) {
            say('— long tasks during a simulation (Chromium)');
            const { benchSim } = await import('./bench/sim.ts');
            figures.push(...(await benchSim(browser, preview.url)));
          }
        } finally {
          await browser.close();
        }
      }
      if (parts.has('lighthouse')) {
        say('— Lighthouse (mobile)');
        const { benchLighthouse } = await import('./bench/lighthouse.ts');
        figures.push(...(await benchLighthouse(preview.url)));
      }
    } finally {
      preview.stop();
    }
  }
  machine['loadAverage1mAtEnd'] = round(os.loadavg()[0]!, 2);

  say(`\n${formatTable(figures)}\n`);
  const before = previous();
  // A run without the browser parts still names the Chromium the kept browser figures came from.
  const earlier = before['machine'] as { chromium?: unknown } | undefined;
  if (machine['chromium'] === null && typeof earlier?.chromium === 'string') {
    machine['chromium'] = earlier.chromium;
  }
  // Figures of parts not run this time stay, each with the date it was measured.
  const kept = (before.figures ?? []).filter((f) => !parts.has(f.part));
  const measured = figures.map((f) => ({ ...f, measuredAt: date }));
  const results = {
    date,
    machine,
    partsRun: [...parts],
    figures: [...kept, ...measured],
    engine: extra['engine'] ?? before['engine'],
    pages: extra['pages'] ?? before['pages'],
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  // The same table in Markdown, ready for the README's Performance section.
  const cpu = `${String(machine['cpu'])}, ${String(machine['cores'])} cores`;
  const load = `load average ${String(machine['loadAverage1mAtStart'])}`;
  const markdown =
    `${formatMarkdown(results.figures)}\n\n${date.slice(0, 10)} · ${cpu} · ${load} · Node ` +
    `${process.version} · Chromium ${typeof machine['chromium'] === 'string' ? machine['chromium'] : '—'}\n`;
  // Formatted as `npm run lint` expects (the table is committed for the README).
  writeFileSync(join('bench', 'results.md'), await format(markdown, { parser: 'markdown' }));
  say(`machine: ${JSON.stringify(machine)}\nwrote ${RESULTS}`);
}

await main();
