import {
  defineChecks,
  roundRobin as builtInRoundRobin,
  strategies,
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

/** `requests` evenly spaced requests to the four servers, on a fresh load balancer. */
function shortRun(learner: Learner, requests: number): string[] {
  const r = simulate(
    {
      durationMs: requests * 100 + 1000,
      traffic: {
        kind: 'constant',
        ratePerSec: 10,
        spikes: [{ atMs: requests * 100, durationMs: 1000, multiplier: 0 }],
      },
      servers: NAMES.map((name) => ({
        name,
        cores: 2,
        serviceTime: { kind: 'constant', value: 5 },
      })),
      loadBalancer: { strategy: learner.roundRobin },
    },
    { seed: 1, trace: requests + 10 },
  );
  return byArrival(r).map((t) => t.server);
}

/**
 * web-4 leaves and rejoins the group again and again (a flapping server), at moments that fall at
 * every position of the turn, while web-1 to web-3 stay up the whole time.
 */
function flapping(learner: Learner): SimResult {
  // Down for 0.7–1.3 s, up for 0.9–1.5 s: at 20 requests per second each stretch between two
  // changes holds a handful of requests, so whatever a strategy does at a change adds up.
  const crashes = Array.from({ length: 24 }, (_, i) => ({
    atMs: 500 + i * 2000 + 130 * (i % 5),
    downMs: 700 + 150 * (i % 5),
  }));
  return simulate(
    {
      durationMs: 50_000,
      resolutionMs: 1000,
      traffic: {
        kind: 'constant',
        ratePerSec: 20,
        spikes: [{ atMs: 49_000, durationMs: 1000, multiplier: 0 }],
      },
      servers: NAMES.map((name, i) => ({
        name,
        cores: 2,
        serviceTime: { kind: 'constant', value: 5 },
        crashes: i === 3 ? crashes : [],
      })),
      loadBalancer: {
        strategy: learner.roundRobin,
        healthCheck: { intervalMs: 100, unhealthyThreshold: 1, healthyThreshold: 1 },
      },
    },
    { seed: 4, trace: 5000 },
  );
}

export default defineChecks<Learner>({
  exports: ['roundRobin'],
  checks: [
    {
      name: 'Written by you, not the engine’s built-in round robin',
      run: (learner) => {
        const builtIn = Object.entries(strategies).find(([, fn]) => fn === learner.roundRobin);
        expectTrue(
          learner.roundRobin !== builtInRoundRobin && builtIn === undefined,
          `roundRobin is the engine's own built-in strategy '${builtIn?.[0] ?? 'round-robin'}' (the same function, re-exported): the exercise is to write it, with a turn kept in state.vars`,
        );
        return 'a strategy of your own';
      },
    },
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
      name: 'A fresh load balancer starts with the first server, every run',
      run: (learner) => {
        // Two fresh runs of lengths that are not multiples of 4: a turn kept outside state.vars
        // (in a module variable) carries over and the second run starts mid-cycle.
        const runs = [shortRun(learner, 3), shortRun(learner, 5), shortRun(learner, 2)];
        runs.forEach((order, i) => {
          expectTrue(
            order[0] === NAMES[0],
            `fresh run ${i + 1} of ${runs.length} sent its first request to ${order[0] ?? 'no server'} (order: ${order.join(', ')}); a new load balancer starts with state.vars empty, so its first turn is ${NAMES[0]}'s. A turn that survives from an earlier run lives outside state.vars`,
          );
        });
        return `each fresh run began ${runs.map((o) => o.slice(0, 2).join(', ')).join(' · ')}`;
      },
    },
    {
      name: 'Stays fair while servers keep leaving and coming back',
      run: (learner, { chart }) => {
        const r = flapping(learner);
        const traces = byArrival(r);
        const perServer = counts(traces, NAMES);
        const changes = r.health.filter((h) => h.server === 'web-4').length;
        chart({
          title: `Requests per server while web-4 flaps (${changes} changes of the group)`,
          xLabel: 'server',
          yLabel: 'requests',
          kind: 'bar',
          categories: NAMES,
          lines: [{ label: 'your round robin', points: perServer.map((c, i) => [i, c] as const) }],
        });
        // web-1..3 were up throughout: taking turns gives them nearly the same number of requests.
        // A change of the group may cost a turn here or there (a counter modulo the new length
        // jumps), but those even out; starting over or losing the place at each change does not.
        const steady = perServer.slice(0, 3);
        const most = Math.max(...steady);
        const fewest = Math.min(...steady);
        const tolerance = Math.ceil(changes / 3);
        expectTrue(
          most - fewest <= tolerance,
          `web-1, web-2 and web-3 were up the whole run, so taking turns gives them nearly the same number of requests (within ${tolerance}, a third of a turn per change of the group); yours gave them ${steady.join(', ')} over ${changes} changes: ${NAMES[steady.indexOf(most)]} got ${most - fewest} more than ${NAMES[steady.indexOf(fewest)]}. Look at what your strategy does when the list changes length: keep your place in the turns instead of starting over`,
        );
        return `${perServer.join(' / ')} requests over ${changes} changes of the group`;
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
