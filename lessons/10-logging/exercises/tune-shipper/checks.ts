import { defineChecks, describe, expectTrue, fail, simulate, type Scenario } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Needs = Solution.ShipperNeeds;

/** Servers with very different log volumes and requirements. */
const CASES: readonly Needs[] = [
  { linesPerSec: 50, maxLostLines: 100, maxDelayMs: 2000, shipDelayMs: 100 },
  { linesPerSec: 400, maxLostLines: 50, maxDelayMs: 1000, shipDelayMs: 200 },
  { linesPerSec: 1000, maxLostLines: 200, maxDelayMs: 5000, shipDelayMs: 500 },
  { linesPerSec: 20, maxLostLines: 5, maxDelayMs: 500, shipDelayMs: 50 },
  { linesPerSec: 5, maxLostLines: 50, maxDelayMs: 3000, shipDelayMs: 100 },
];
/** Each case is crashed at three different moments (separate runs): the worst one counts. */
const CRASH_TIMES_MS = [2_330, 3_710, 5_090];
/** Batches allowed: the largest batch and longest flush the limits allow, on the same run, + 25 %. */
const SLACK = 1.25;
/** The worst crash is aimed after this first flush (the buffer is empty right after a flush). */
const AIM_AFTER_MS = 1_000;
/** Length of the crash-free run that counts batches. */
const NO_CRASH_MS = 6_000;

const label = (n: Needs) =>
  `${n.linesPerSec} lines/s, lose ≤ ${n.maxLostLines}, deliver within ${n.maxDelayMs} ms`;

/** One server logging one info line per request, its shipper as the learner configured it. */
function scenario(
  n: Needs,
  cfg: Solution.ShipperConfig,
  crashAtMs: number | null,
  kind: 'poisson' | 'constant' = 'poisson',
): Scenario {
  return {
    durationMs: crashAtMs === null ? NO_CRASH_MS : crashAtMs + 500,
    resolutionMs: 500,
    traffic: { kind, ratePerSec: n.linesPerSec },
    servers: [
      {
        name: 'web1',
        cores: 64,
        serviceTime: 1,
        crashes: crashAtMs === null ? [] : [{ atMs: crashAtMs, downMs: 200 }],
      },
    ],
    logs: {
      mode: 'shipped',
      batchSize: cfg.batchSize,
      flushIntervalMs: cfg.flushIntervalMs,
      shipDelayMs: n.shipDelayMs,
      keepRecords: 0,
    },
  };
}

/**
 * The unluckiest crash for this shipper, with evenly spaced lines: the buffer empties at a flush,
 * then fills until it holds batchSize − 1 lines (the next line would ship it), or until the next
 * flush comes first. Two crash instants around that moment, so one lands inside it whatever the
 * lines' phase; returns the worse.
 */
function worstCrash(n: Needs, cfg: Solution.ShipperConfig): { atMs: number; lost: number } {
  const gapMs = 1000 / n.linesPerSec;
  const flushAt = Math.ceil(AIM_AFTER_MS / cfg.flushIntervalMs) * cfg.flushIntervalMs;
  const fullAt = flushAt + (cfg.batchSize - 1) * gapMs;
  const times =
    fullAt + gapMs / 2 < flushAt + cfg.flushIntervalMs
      ? [fullAt - 0.01, fullAt + gapMs / 2]
      : [flushAt + cfg.flushIntervalMs - 0.01];
  return times
    .map((atMs) => ({
      atMs,
      lost: simulate(scenario(n, cfg, atMs, 'constant'), { seed: 3 }).summary.logs!.lost,
    }))
    .reduce((a, b) => (b.lost > a.lost ? b : a));
}

function config(learner: Learner, n: Needs): Solution.ShipperConfig {
  const cfg: unknown = learner.shipperFor({ ...n });
  const c = cfg as Partial<Solution.ShipperConfig> | null;
  if (
    typeof c !== 'object' ||
    c === null ||
    typeof c.batchSize !== 'number' ||
    typeof c.flushIntervalMs !== 'number'
  )
    fail(
      `shipperFor(${label(n)}) must return { batchSize, flushIntervalMs }, got ${describe(cfg)}`,
    );
  expectTrue(
    Number.isInteger(c.batchSize) && c.batchSize >= 1,
    `${label(n)}: batchSize must be a whole number ≥ 1, got ${describe(c.batchSize)}`,
  );
  expectTrue(
    c.flushIntervalMs > 0,
    `${label(n)}: flushIntervalMs must be > 0, got ${describe(c.flushIntervalMs)}`,
  );
  return { batchSize: c.batchSize, flushIntervalMs: c.flushIntervalMs };
}

export default defineChecks<Learner>({
  exports: ['shipperFor'],
  checks: [
    {
      name: 'A crash loses at most maxLostLines (several crashes per case, on the engine)',
      run: (learner, { chart }) => {
        const worst: number[] = [];
        const where: string[] = [];
        for (const n of CASES) {
          const cfg = config(learner, n);
          // Random moments, and just before a flush with random (bursty) arrivals, three seeds.
          const beforeFlush =
            Math.ceil(AIM_AFTER_MS / cfg.flushIntervalMs + 1) * cfg.flushIntervalMs - 0.01;
          const crashes = [
            ...CRASH_TIMES_MS.map((at) => ({ at, seed: 3 })),
            ...[5, 6, 7].map((seed) => ({ at: beforeFlush, seed })),
          ];
          const lost = crashes.map(
            ({ at, seed }) => simulate(scenario(n, cfg, at), { seed }).summary.logs!.lost,
          );
          const aimed = worstCrash(n, cfg);
          const random = Math.max(...lost);
          worst.push(Math.max(random, aimed.lost));
          where.push(
            aimed.lost >= random
              ? `a crash at ${aimed.atMs.toFixed(0)} ms, just before the buffer shipped, lost ${aimed.lost} lines ` +
                  `(your batchSize ${cfg.batchSize} lets the buffer hold ${cfg.batchSize - 1}; ` +
                  `a flush every ${cfg.flushIntervalMs} ms bounds it to about ` +
                  `${Math.ceil((n.linesPerSec * cfg.flushIntervalMs) / 1000)} lines)`
              : `a crash at ${crashes[lost.indexOf(random)]!.at.toFixed(0)} ms lost ${random} lines with ` +
                  'random arrivals (bursts put more lines in one flush interval than the average)',
          );
        }
        chart({
          title: 'Lines lost in the worst of three crashes',
          xLabel: 'Server',
          yLabel: 'Log lines lost',
          kind: 'bar',
          categories: CASES.map((n) => `${n.linesPerSec} lines/s`),
          lines: [
            { label: 'lost with your shipper', points: worst.map((v, i) => [i, v]) },
            { label: 'allowed', points: CASES.map((n, i) => [i, n.maxLostLines]) },
          ],
        });
        CASES.forEach((n, i) => {
          expectTrue(
            worst[i]! <= n.maxLostLines,
            `${label(n)}: ${where[i]}, allowed ${n.maxLostLines}. What is still in the buffer is gone.`,
          );
        });
        return `worst crashes lost ${worst.join(', ')} lines: all within their limits`;
      },
    },
    {
      name: 'Every line reaches the log service within maxDelayMs',
      run: (learner) => {
        for (const n of CASES) {
          const cfg = config(learner, n);
          const worstDelay = cfg.flushIntervalMs + n.shipDelayMs;
          expectTrue(
            worstDelay <= n.maxDelayMs,
            `${label(n)}: a line can wait ${cfg.flushIntervalMs} ms in the buffer and travel ${n.shipDelayMs} ms: ${worstDelay} ms, more than ${n.maxDelayMs} ms`,
          );
        }
        return 'flush interval + shipping delay fits every deadline';
      },
    },
    {
      name: 'No more batches than needed (every batch is a request to the log service)',
      run: (learner) => {
        const rows: string[] = [];
        for (const n of CASES) {
          const cfg = config(learner, n);
          const r = simulate(scenario(n, cfg, null), { seed: 4 });
          const perSec = r.summary.logs!.batches / (NO_CRASH_MS / 1000);
          // The cheapest shipper that meets both limits, on the same traffic.
          const best = {
            batchSize: n.maxLostLines + 1,
            flushIntervalMs: n.maxDelayMs - n.shipDelayMs,
          };
          const fewest =
            simulate(scenario(n, best, null), { seed: 4 }).summary.logs!.batches /
            (NO_CRASH_MS / 1000);
          expectTrue(
            perSec <= fewest * SLACK,
            `${label(n)}: your shipper (batches of ${cfg.batchSize}, a flush every ` +
              `${cfg.flushIntervalMs} ms) sent ${perSec.toFixed(2)} batches/s; batches of ` +
              `${best.batchSize} and a flush every ${best.flushIntervalMs} ms meet the same limits ` +
              `with ${fewest.toFixed(2)} (allowed ${(fewest * SLACK).toFixed(2)}). ` +
              (cfg.flushIntervalMs < best.flushIntervalMs
                ? 'The deadline allows a longer flush interval.'
                : 'The loss limit allows larger batches.'),
          );
          rows.push(perSec.toFixed(1));
        }
        return `batches per second: ${rows.join(', ')}`;
      },
    },
  ],
});
