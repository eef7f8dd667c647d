import {
  defineChecks,
  expectTrue,
  fail,
  simulate,
  type Scenario,
  type SimResult,
  type TraceRecord,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const NAMES = ['web-1', 'web-2', 'web-3', 'web-4'];

/**
 * Four identical servers, evenly spaced traffic; optionally web-2 crashes behind health checks.
 * Arrivals stop 2 s before the end so every request is answered (and traced) before the run stops.
 */
function run(learner: Learner, withCrash: boolean): SimResult {
  const arrivalsMs = withCrash ? 12_000 : 10_000;
  const scenario: Scenario = {
    durationMs: arrivalsMs + 2000,
    resolutionMs: 1000,
    traffic: {
      kind: 'constant',
      ratePerSec: 100,
      spikes: [{ atMs: arrivalsMs, durationMs: 2000, multiplier: 0 }],
    },
    servers: NAMES.map((name, i) => ({
      name,
      cores: 2,
      serviceTime: { kind: 'exponential', mean: 20 },
      crashes: withCrash && i === 1 ? [{ atMs: 3000, downMs: 5000 }] : [],
    })),
    loadBalancer: {
      strategy: learner.roundRobin,
      ...(withCrash ? { healthCheck: { intervalMs: 500 } } : {}),
    },
  };
  return simulate(scenario, { seed: 3, trace: 5000 });
}

/** Traces in arrival order (they are recorded in completion order). */
const byArrival = (r: SimResult): TraceRecord[] =>
  [...(r.traces ?? [])].sort((a, b) => a.arrivalMs - b.arrivalMs || a.id - b.id);

function counts(traces: readonly TraceRecord[], names: readonly string[]): number[] {
  return names.map((n) => traces.filter((t) => t.server === n).length);
}

export default defineChecks<Learner>({
  exports: ['roundRobin'],
  checks: [
    {
      name: 'Spreads 1,000 requests evenly over four servers',
      run: (learner, { chart }) => {
        const r = run(learner, false);
        const perServer = counts(r.traces ?? [], NAMES);
        chart({
          title: 'Requests per server (1,000 requests)',
          xLabel: 'server',
          yLabel: 'requests',
          kind: 'bar',
          categories: NAMES,
          lines: [
            { label: 'your round robin', points: perServer.map((c, i) => [i, c] as const) },
            { label: 'an even share', points: NAMES.map((_, i) => [i, 250] as const) },
          ],
        });
        const spread = Math.max(...perServer) - Math.min(...perServer);
        expectTrue(
          spread <= 1,
          `each server should get 250 (± 1) of the 1,000 requests; yours got ${perServer.join(', ')}`,
        );
        return `${perServer.join(' / ')} requests: an even share each`;
      },
    },
    {
      name: 'Takes turns in order: web-1, web-2, web-3, web-4, web-1, …',
      run: (learner) => {
        const order = byArrival(run(learner, false)).map((t) => t.server);
        for (let i = 1; i < order.length; i++) {
          const expected = NAMES[(NAMES.indexOf(order[i - 1]!) + 1) % NAMES.length];
          if (order[i] !== expected) {
            fail(
              `request ${i + 1} went to ${order[i]} right after one to ${order[i - 1]}; the next turn was ${expected}'s (first requests: ${order.slice(0, 8).join(', ')})`,
            );
          }
        }
        return `first requests: ${order.slice(0, 6).join(', ')}, …`;
      },
    },
    {
      name: 'Keeps taking turns when a server leaves the group and comes back',
      run: (learner, { chart }) => {
        const r = run(learner, true);
        const out = r.health.find((h) => h.server === 'web-2' && !h.healthy);
        const back = r.health.find((h) => h.server === 'web-2' && h.healthy);
        if (!out || !back) fail('the health checks did not take web-2 out and back (internal)');
        const traces = byArrival(r);
        const during = traces.filter((t) => t.arrivalMs >= out.tMs && t.arrivalMs < back.tMs);
        const after = traces.filter((t) => t.arrivalMs >= back.tMs);
        const duringCounts = counts(during, NAMES);
        const afterCounts = counts(after, NAMES);
        chart({
          title: 'Requests per server while web-2 is out, and after it is back',
          xLabel: 'server',
          yLabel: 'requests',
          kind: 'bar',
          categories: NAMES,
          lines: [
            { label: 'while web-2 is out', points: duringCounts.map((c, i) => [i, c] as const) },
            { label: 'after it is back', points: afterCounts.map((c, i) => [i, c] as const) },
          ],
        });
        const others = duringCounts.filter((_, i) => i !== 1);
        expectTrue(
          duringCounts[1] === 0 && Math.max(...others) - Math.min(...others) <= 1,
          `while web-2 was out (${out.tMs / 1000}–${back.tMs / 1000} s) the other three should share the requests evenly; they got ${duringCounts.join(', ')}`,
        );
        expectTrue(
          Math.max(...afterCounts) - Math.min(...afterCounts) <= 1,
          `once web-2 was back, all four should share evenly again; they got ${afterCounts.join(', ')}`,
        );
        return `while web-2 was out: ${duringCounts.join(' / ')}; after: ${afterCounts.join(' / ')}`;
      },
    },
  ],
});
