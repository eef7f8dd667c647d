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
];
/** Each case is crashed at three different moments (separate runs): the worst one counts. */
const CRASH_TIMES_MS = [2_330, 3_710, 5_090];
/** The fewest batches any shipper meeting the needs can send, with 25 % slack. */
const SLACK = 1.25;
/** Length of the crash-free run that counts batches. */
const NO_CRASH_MS = 6_000;

const label = (n: Needs) =>
  `${n.linesPerSec} lines/s, lose ≤ ${n.maxLostLines}, deliver within ${n.maxDelayMs} ms`;

/** One server logging one info line per request, its shipper as the learner configured it. */
function scenario(n: Needs, cfg: Solution.ShipperConfig, crashAtMs: number | null): Scenario {
  return {
    durationMs: crashAtMs === null ? NO_CRASH_MS : crashAtMs + 500,
    resolutionMs: 500,
    traffic: { kind: 'poisson', ratePerSec: n.linesPerSec },
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
      name: 'A crash loses at most maxLostLines (three crashes per case, on the engine)',
      run: (learner, { chart }) => {
        const worst: number[] = [];
        for (const n of CASES) {
          const cfg = config(learner, n);
          const lost = CRASH_TIMES_MS.map(
            (at) => simulate(scenario(n, cfg, at), { seed: 3 }).summary.logs!.lost,
          );
          worst.push(Math.max(...lost));
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
            `${label(n)}: a crash lost ${worst[i]} lines (allowed ${n.maxLostLines}); what was still in the buffer is gone`,
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
          // Best case: full batches of maxLostLines, plus one flush per allowed interval.
          const fewest = n.linesPerSec / n.maxLostLines + 1000 / (n.maxDelayMs - n.shipDelayMs);
          expectTrue(
            perSec <= fewest * SLACK,
            `${label(n)}: your shipper sent ${perSec.toFixed(1)} batches/s; ${fewest.toFixed(1)} is enough (allowed ${(fewest * SLACK).toFixed(1)}). Larger batches or rarer flushes would do.`,
          );
          rows.push(perSec.toFixed(1));
        }
        return `batches per second: ${rows.join(', ')}`;
      },
    },
  ],
});
