import { defineChecks, describe, expectTrue, fail, simulate, type SimResult } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Workloads the checks simulate: rate (req/s), service time (ms), cores. */
const CASES = [
  { ratePerSec: 40, serviceTimeMs: 10, cores: 1 },
  { ratePerSec: 90, serviceTimeMs: 10, cores: 1 },
  { ratePerSec: 300, serviceTimeMs: 20, cores: 8 },
  { ratePerSec: 280, serviceTimeMs: 10, cores: 4 },
  { ratePerSec: 150, serviceTimeMs: 20, cores: 2 },
  // Exactly at the 0.8 line: "below 0.8" means this one does not keep up.
  { ratePerSec: 160, serviceTimeMs: 10, cores: 2 },
] as const;

const label = (c: (typeof CASES)[number]) =>
  `${c.ratePerSec}/s × ${c.serviceTimeMs} ms on ${c.cores} core${c.cores > 1 ? 's' : ''}`;

/** One server under Poisson arrivals with exponential service times, 40 simulated seconds. */
function simulateCase(c: (typeof CASES)[number]): SimResult {
  return simulate(
    {
      durationMs: 40_000,
      warmupMs: 5_000,
      traffic: { kind: 'poisson', ratePerSec: c.ratePerSec },
      servers: [{ cores: c.cores, serviceTime: { kind: 'exponential', mean: c.serviceTimeMs } }],
    },
    { seed: 7 },
  );
}

let cache: SimResult[] | undefined;
const simulated = () => (cache ??= CASES.map(simulateCase));

function learnerUtilisation(learner: Learner, c: (typeof CASES)[number]): number {
  const u: unknown = learner.utilisation(c.ratePerSec, c.serviceTimeMs, c.cores);
  if (typeof u !== 'number' || !Number.isFinite(u))
    fail(`utilisation(${label(c)}) should be a number, got ${describe(u)}`);
  return u;
}

export default defineChecks<Learner>({
  exports: ['utilisation', 'keepsUp'],
  checks: [
    {
      name: 'utilisation() matches the simulated busy fraction',
      run: (learner, { chart }) => {
        const results = simulated();
        const predicted = CASES.map((c) => learnerUtilisation(learner, c));
        chart({
          title: 'Utilisation: your prediction vs the simulation',
          xLabel: 'workload',
          yLabel: 'utilisation (busy fraction of cores)',
          kind: 'bar',
          categories: CASES.map(label),
          lines: [
            { label: 'your utilisation()', points: predicted.map((u, i) => [i, u] as const) },
            {
              label: 'simulated',
              points: results.map((r, i) => [i, r.summary.utilisation] as const),
            },
          ],
        });
        CASES.forEach((c, i) => {
          const measured = results[i]!.summary.utilisation;
          // Above 1 the server is saturated: it can only be busy 100% of the time.
          const expected = Math.min(predicted[i]!, 1);
          expectTrue(
            Math.abs(expected - measured) <= 0.05,
            `${label(c)}: you predicted ${predicted[i]!.toFixed(2)}, the simulated server was busy ${(measured * 100).toFixed(0)}% of the time`,
          );
        });
        return 'every prediction is within 0.05 of the simulation';
      },
    },
    {
      name: 'utilisation() can exceed 1 when work arrives faster than it is done',
      run: (learner) => {
        const c = CASES[4];
        const u = learnerUtilisation(learner, c);
        expectTrue(
          Math.abs(u - 1.5) < 1e-9,
          `${label(c)} needs 3 s of work every second from 2 cores: expected 1.5, got ${u}`,
        );
        return `${label(c)} → 1.5: the queue grows without end`;
      },
    },
    {
      name: 'keepsUp() says yes only with headroom (utilisation below 0.8)',
      run: (learner) => {
        const results = simulated();
        CASES.forEach((c, i) => {
          // In whole numbers (λ·S in ms per second < 800 ms per core), so 0.8 itself is exact.
          const expected = c.ratePerSec * c.serviceTimeMs < 800 * c.cores;
          const rho = (c.ratePerSec * c.serviceTimeMs) / 1000 / c.cores;
          const answer: unknown = learner.keepsUp(c.ratePerSec, c.serviceTimeMs, c.cores);
          const p95 = results[i]!.summary.latencyMs.p95;
          expectTrue(
            answer === expected,
            `${label(c)}: utilisation ${rho.toFixed(2)}, so keepsUp should be ${expected} ` +
              `(headroom means strictly below 0.8), got ${describe(answer)}; simulated p95 latency ` +
              `${p95.toFixed(0)} ms for ${c.serviceTimeMs} ms of work`,
          );
        });
        return `right for all ${CASES.length} workloads, including exactly 0.8`;
      },
    },
  ],
});
