import { defineChecks, describe, expectTrue, fail, simulate, type SimResult } from 'archlab';
import type * as Solution from './solution.ts';
import { fleetScenario } from '../../model/fleet.ts';

type Learner = typeof Solution;

interface Case {
  label: string;
  peakRatePerSec: number;
  cpuMs: number;
  coresPerServer: number;
  maxUtilisation: number;
}

// Each case is chosen to reach one mistake: a raw value just above a whole number (Math.round and
// Math.ceil disagree), one that divides exactly (Math.floor + 2 buys one too many; the numbers
// are exact in binary so every order of operations lands on the same whole number), a peak
// that needs a single server (N+1 = 2), and the chapter's worked example.
const CASES: Case[] = [
  {
    label: '900 req/s × 20 ms, 2 cores, ≤ 70 %',
    peakRatePerSec: 900,
    cpuMs: 20,
    coresPerServer: 2,
    maxUtilisation: 0.7,
  },
  {
    label: '620 req/s × 20 ms, 2 cores, ≤ 50 %',
    peakRatePerSec: 620,
    cpuMs: 20,
    coresPerServer: 2,
    maxUtilisation: 0.5,
  },
  {
    label: '96 req/s × 125 ms, 4 cores, ≤ 75 %',
    peakRatePerSec: 96,
    cpuMs: 125,
    coresPerServer: 4,
    maxUtilisation: 0.75,
  },
  {
    label: '50 req/s × 10 ms, 1 core, ≤ 75 %',
    peakRatePerSec: 50,
    cpuMs: 10,
    coresPerServer: 1,
    maxUtilisation: 0.75,
  },
  {
    label: '100 req/s × 50 ms, 4 cores, ≤ 80 %',
    peakRatePerSec: 100,
    cpuMs: 50,
    coresPerServer: 4,
    maxUtilisation: 0.8,
  },
];

/** Fleets larger than this are judged by the formula only (a wrong unit can ask for thousands). */
const MAX_SIMULATED = 100;

/** Busy cores at the peak: λ × S. */
const busyCores = (c: Case) => (c.peakRatePerSec * c.cpuMs) / 1000;
/** Utilisation of `servers` servers carrying the whole peak (Infinity with none). */
const load = (c: Case, servers: number) =>
  servers > 0 ? busyCores(c) / (servers * c.coresPerServer) : Infinity;
// A relative slack of 1e-9 absorbs floating-point noise, never a whole server.
const within = (c: Case, servers: number) => load(c, servers) <= c.maxUtilisation * (1 + 1e-9);
/** The N of N+1, as a real number: how many servers the peak fills to the target. */
const rawN = (c: Case) => busyCores(c) / (c.coresPerServer * c.maxUtilisation);
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : 'everything');

/** Which idea the answer `n` most likely missed, computed from the case's numbers. */
function diagnose(c: Case, n: number): string {
  const raw = rawN(c);
  const needed = Math.ceil(raw) + 1;
  if (n === needed) return '';
  const hints: string[] = [];
  if (n === Math.round(raw) + 1 && Math.round(raw) !== Math.ceil(raw)) {
    hints.push(
      `the peak fills ${raw.toFixed(2)} servers to the target; that looks rounded to the nearest whole server, but a fraction of a server is a whole server (round up)`,
    );
  } else if (n === Math.ceil(raw)) {
    hints.push(
      `${n} servers carry the peak only when all are up: add the spare that covers a failure`,
    );
  } else if (n === Math.ceil(busyCores(c) / c.coresPerServer) + 1) {
    hints.push(
      `that fills the servers to 100 %: each may only be filled to ${c.maxUtilisation * 100} %`,
    );
  }
  return hints.length ? ` (${hints.join('; ')})` : '';
}

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
    fleetScenario({
      count: running,
      server: { cores: c.coresPerServer },
      cpuMs: c.cpuMs,
      queueCapacity: 200,
      traffic: { kind: 'poisson', ratePerSec: c.peakRatePerSec },
      durationMs: 10_000,
      warmupMs: 1000,
      loadBalancer: { strategy: 'least-connections' },
    }),
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
          // Only the chart needs the simulation; a fleet far too big is not worth simulating.
          answers[i]! > 1 && answers[i]! <= MAX_SIMULATED
            ? fleet(c, answers[i]! - 1).summary.utilisation
            : answers[i]! > 1
              ? load(c, answers[i]! - 1)
              : 1,
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
          expectTrue(
            within(c, n - 1),
            `${c.label}: you chose ${n}; with one down, the other ${n - 1} carry ${busyCores(c).toFixed(1)} busy cores on ${(n - 1) * c.coresPerServer} cores, ${pct(load(c, n - 1))} busy, above the ${c.maxUtilisation * 100} % target${diagnose(c, n)}`,
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
          // If n − 2 servers already stay within the target, n − 1 would have been N+1.
          expectTrue(
            n < 3 || !within(c, n - 2),
            `${c.label}: you chose ${n}, but ${n - 1} would do: with one of those down, ${n - 2} servers are ${pct(load(c, n - 2))} busy, within the ${c.maxUtilisation * 100} % target${diagnose(c, n)}`,
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
        if (n > MAX_SIMULATED) {
          return `${n} servers is far more than the peak needs (${rawN(c).toFixed(1)} servers' worth): not simulated`;
        }
        const r = simulate(
          fleetScenario({
            count: n,
            server: { cores: c.coresPerServer },
            cpuMs: c.cpuMs,
            queueCapacity: 200,
            traffic: { kind: 'poisson', ratePerSec: c.peakRatePerSec },
            durationMs: 16_000,
            crash: { servers: 1, atMs: 5000, downMs: 60_000 },
            // Equal servers: round robin spreads evenly, and never favours the dead one.
            loadBalancer: {
              strategy: 'round-robin',
              healthCheck: { intervalMs: 500, unhealthyThreshold: 2 },
            },
          }),
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
          `after the crash, p95 reached ${Math.round(worst)} ms and ${lost} requests (${share.toFixed(2)} %) were lost: the other ${n - 1} servers were ${pct(load(c, n - 1))} busy carrying the peak`,
        );
        return `${lost} requests lost in the crash (${share.toFixed(2)} %); afterwards p95 stayed at or below ${Math.round(worst)} ms`;
      },
    },
  ],
});
