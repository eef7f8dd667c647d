import { defineChecks, strategies, expectTrue, type SimResult } from 'archlab';
import { UNEQUAL_FLEET, fleetCapacity, runsByStrategy } from '../../model/fleet.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

// Listed in an order unlike the goal's (1×, 1×, 2×, 4×), so a strategy must read each server's
// speed rather than assume it from its position.
const [old1, old2, mid, big] = UNEQUAL_FLEET;
const FLEET = [big, old1, mid, old2];
/** 70 % of the fleet's 400 requests/s. */
const RATE = fleetCapacity(20) * 0.7;

/** Runs by strategy: each check reuses them instead of simulating again. */
const fleet = runsByStrategy(
  { ratePerSec: RATE, durationMs: 30_000, warmupMs: 2000, fleet: FLEET },
  33,
);

const baselines = () => ({ rr: fleet('round-robin'), lc: fleet('least-connections') });

const percentiles = (r: SimResult) =>
  [r.summary.latencyMs.p50, r.summary.latencyMs.p95, r.summary.latencyMs.p99].map(
    (v, i) => [i, v] as const,
  );

/** Which servers refused requests, with their share of the arrivals against their share of capacity. */
function overflow(r: SimResult): string {
  const total = FLEET.reduce((sum, f) => sum + f.speed, 0);
  return r.summary.servers
    .map((s, i) => ({ s, f: FLEET[i]! }))
    .filter(({ s }) => s.dropped > 0)
    .map(
      ({ s, f }) =>
        `${s.name} (${f.speed}×, ${((f.speed / total) * 100).toFixed(1)} % of the capacity) answered ${s.completed} and refused ${s.dropped}`,
    )
    .join('; ');
}

export default defineChecks<Learner>({
  exports: ['fastest'],
  checks: [
    {
      name: 'Written by you, not one of the engine’s built-in strategies',
      run: (learner) => {
        const builtIn = Object.entries(strategies).find(([, fn]) => fn === learner.fastest);
        expectTrue(
          builtIn === undefined,
          `fastest is the engine's own built-in strategy '${builtIn?.[0] ?? ''}' (the same function, re-exported): the exercise is to write a strategy that uses each server's speed`,
        );
        return 'a strategy of your own';
      },
    },
    {
      name: 'p99 at most a quarter of round robin’s, with no request lost',
      run: (learner, { chart }) => {
        const { rr, lc } = baselines();
        const p2c = fleet('power-of-two');
        const mine = fleet(learner.fastest);
        chart({
          title: 'Latency percentiles on the same traffic (ms)',
          xLabel: 'percentile',
          yLabel: 'latency (ms)',
          kind: 'bar',
          categories: ['p50', 'p95', 'p99'],
          lines: [
            { label: 'round robin', points: percentiles(rr) },
            { label: 'least connections', points: percentiles(lc) },
            { label: 'power of two choices', points: percentiles(p2c) },
            { label: 'your strategy', points: percentiles(mine) },
          ],
        });
        const lost = mine.summary.dropped + mine.summary.failed;
        expectTrue(
          lost === 0,
          `${lost} requests were refused because a queue of 200 overflowed: ${overflow(mine)}. A server that receives more than its speed can answer overflows, however fast it is`,
        );
        const target = rr.summary.latencyMs.p99 / 4;
        const p99 = mine.summary.latencyMs.p99;
        expectTrue(
          p99 <= target,
          `p99 was ${p99.toFixed(0)} ms; round robin's is ${rr.summary.latencyMs.p99.toFixed(0)} ms, so the target is at most ${target.toFixed(0)} ms`,
        );
        return `p99 ${p99.toFixed(0)} ms; round robin ${rr.summary.latencyMs.p99.toFixed(0)} ms`;
      },
    },
    {
      name: 'p99 at least 20 % below plain least connections’',
      run: (learner, { chart }) => {
        const { lc } = baselines();
        const mine = fleet(learner.fastest);
        chart({
          title: 'Share of requests each server answered (%)',
          xLabel: 'server (speed 1×, 1×, 2×, 4×)',
          yLabel: 'share of requests (%)',
          kind: 'bar',
          categories: FLEET.map((s) => s.name),
          lines: [
            {
              label: 'its share of the capacity',
              points: FLEET.map((s, i) => [i, (s.speed / 8) * 100] as const),
            },
            {
              label: 'least connections',
              points: lc.summary.servers.map(
                (s, i) => [i, (s.completed / lc.summary.completed) * 100] as const,
              ),
            },
            {
              label: 'your strategy',
              points: mine.summary.servers.map(
                (s, i) => [i, (s.completed / mine.summary.completed) * 100] as const,
              ),
            },
          ],
        });
        const target = lc.summary.latencyMs.p99 * 0.8;
        const p99 = mine.summary.latencyMs.p99;
        // Where the learner's requests went, against each server's share of the capacity: it
        // shows whether the strategy favours the slow servers, the fast ones, or none.
        const shares = mine.summary.servers
          .map(
            (s, i) =>
              `${FLEET[i]!.name} ${((s.completed / mine.summary.completed) * 100).toFixed(0)} % (capacity ${((FLEET[i]!.speed / 8) * 100).toFixed(1)} %)`,
          )
          .join(', ');
        expectTrue(
          p99 <= target,
          `p99 was ${p99.toFixed(0)} ms; least connections gets ${lc.summary.latencyMs.p99.toFixed(0)} ms, so the target is at most ${target.toFixed(0)} ms. Your strategy's servers answered ${shares}. Estimate how soon each server would finish a new request, from its open connections and how fast it works (cores × speed)`,
        );
        return `p99 ${p99.toFixed(0)} ms; least connections ${lc.summary.latencyMs.p99.toFixed(0)} ms`;
      },
    },
  ],
});
