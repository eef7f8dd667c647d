import { defineChecks, describe, expectTrue, fail, simulate, type SimResult } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

interface Case {
  label: string;
  peakRatePerSec: number;
  cpuMs: number;
  coresPerServer: number;
  maxUtilisation: number;
}

const CASES: Case[] = [
  {
    label: '900 req/s × 20 ms, 2 cores, ≤ 70 %',
    peakRatePerSec: 900,
    cpuMs: 20,
    coresPerServer: 2,
    maxUtilisation: 0.7,
  },
  {
    label: '100 req/s × 50 ms, 4 cores, ≤ 80 %',
    peakRatePerSec: 100,
    cpuMs: 50,
    coresPerServer: 4,
    maxUtilisation: 0.8,
  },
  {
    label: '50 req/s × 10 ms, 1 core, ≤ 75 %',
    peakRatePerSec: 50,
    cpuMs: 10,
    coresPerServer: 1,
    maxUtilisation: 0.75,
  },
  {
    label: '400 req/s × 30 ms, 8 cores, ≤ 60 %',
    peakRatePerSec: 400,
    cpuMs: 30,
    coresPerServer: 8,
    maxUtilisation: 0.6,
  },
];

function answer(learner: Learner, c: Case): number {
  const n: unknown = learner.serversNeeded(
    c.peakRatePerSec,
    c.cpuMs,
    c.coresPerServer,
    c.maxUtilisation,
  );
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    fail(
      `${c.label}: serversNeeded should return a whole number of servers ≥ 1, got ${describe(n)}`,
    );
  }
  return n;
}

/** `running` servers carry the peak for 10 s (the others being down), behind least connections. */
function fleet(c: Case, running: number): SimResult {
  return simulate(
    {
      durationMs: 10_000,
      warmupMs: 1000,
      resolutionMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: c.peakRatePerSec },
      servers: Array.from({ length: running }, () => ({
        cores: c.coresPerServer,
        queueCapacity: 200,
        serviceTime: { kind: 'exponential', mean: c.cpuMs },
      })),
      loadBalancer: { strategy: 'least-connections' },
    },
    { seed: 5 },
  );
}

export default defineChecks<Learner>({
  exports: ['serversNeeded'],
  checks: [
    {
      name: 'With one server down, the others stay at or below the target utilisation',
      run: (learner, { chart }) => {
        const answers = CASES.map((c) => answer(learner, c));
        const measured = CASES.map((c, i) =>
          answers[i]! > 1 ? fleet(c, answers[i]! - 1).summary.utilisation : 1,
        );
        chart({
          title: 'CPU busy with one server down (%)',
          xLabel: 'peak',
          yLabel: 'utilisation of the remaining servers (%)',
          kind: 'bar',
          categories: CASES.map((c, i) => `${c.label}: ${answers[i]} servers`),
          lines: [
            {
              label: 'simulated, one server down',
              points: measured.map((u, i) => [i, u * 100] as const),
            },
            { label: 'target', points: CASES.map((c, i) => [i, c.maxUtilisation * 100] as const) },
          ],
        });
        CASES.forEach((c, i) => {
          const n = answers[i]!;
          expectTrue(
            n >= 2,
            `${c.label}: with ${n} server, losing it loses everything; N+1 needs at least 2`,
          );
          // Simulated utilisation wobbles a little around λ·S / cores: allow 2 points.
          expectTrue(
            measured[i]! <= c.maxUtilisation + 0.02,
            `${c.label}: you chose ${n}; with one down, the other ${n - 1} were ${(measured[i]! * 100).toFixed(0)} % busy, above the ${c.maxUtilisation * 100} % target`,
          );
        });
        return `${answers.join(', ')} servers: the remaining ones stay within the target`;
      },
    },
    {
      name: 'Buys no more servers than needed',
      run: (learner) => {
        CASES.forEach((c) => {
          const n = answer(learner, c);
          // With two down, n − 2 servers must be too few (otherwise n − 1 would have been N+1).
          const fewer = n - 2;
          const offered =
            (c.peakRatePerSec * c.cpuMs) / 1000 / (Math.max(fewer, 0) * c.coresPerServer);
          expectTrue(
            fewer < 1 || offered > c.maxUtilisation,
            `${c.label}: you chose ${n}, but ${n - 1} would do: with one of those down, ${fewer} servers are only ${(offered * 100).toFixed(0)} % busy`,
          );
        });
        return 'one server fewer would break the target with a server down';
      },
    },
    {
      name: 'Survives a crash at peak: requests fail over to the others',
      run: (learner, { chart }) => {
        const c = CASES[0]!;
        const n = answer(learner, c);
        const r = simulate(
          {
            durationMs: 16_000,
            resolutionMs: 1000,
            traffic: { kind: 'poisson', ratePerSec: c.peakRatePerSec },
            servers: Array.from({ length: n }, (_, i) => ({
              cores: c.coresPerServer,
              queueCapacity: 200,
              serviceTime: { kind: 'exponential', mean: c.cpuMs },
              crashes: i === 0 ? [{ atMs: 5000, downMs: 60_000 }] : [],
            })),
            // Equal servers: round robin spreads evenly, and never favours the dead one.
            loadBalancer: {
              strategy: 'round-robin',
              healthCheck: { intervalMs: 500, unhealthyThreshold: 2 },
            },
          },
          { seed: 8 },
        );
        const secs = r.series.t.map((t) => t / 1000);
        chart({
          title: `${n} servers at ${c.peakRatePerSec} req/s; one crashes at 5 s`,
          xLabel: 'simulated time (s)',
          yLabel: 'latency p95 (ms) · servers up',
          kind: 'line',
          lines: [
            {
              label: 'p95 latency (ms)',
              points: r.series.metrics.latencyP95Ms.map((v, i) => [secs[i]!, v] as const),
            },
            {
              label: 'servers up × 10',
              points: r.series.metrics.serversUp.map((v, i) => [secs[i]!, v * 10] as const),
            },
          ],
        });
        const after = r.series.metrics.latencyP95Ms.slice(7);
        const worst = Math.max(...after.filter((v) => !Number.isNaN(v)));
        const lost = r.summary.dropped + r.summary.failed;
        const share = (lost / r.summary.arrived) * 100;
        expectTrue(
          share < 1 && worst < 10 * c.cpuMs,
          `after the crash, p95 reached ${Math.round(worst)} ms and ${lost} requests (${share.toFixed(2)} %) were lost: the other ${n - 1} servers cannot carry the peak`,
        );
        return `${lost} requests lost in the crash (${share.toFixed(2)} %); afterwards p95 stayed at or below ${Math.round(worst)} ms`;
      },
    },
  ],
});
