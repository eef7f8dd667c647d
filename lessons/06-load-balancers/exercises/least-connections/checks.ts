import {
  defineChecks,
  leastConnections as builtInLeastConnections,
  strategies,
  describe,
  expectTrue,
  fail,
  type RequestView,
  type ServerView,
  type SimResult,
  type StrategyState,
} from 'archlab';
import { UNEQUAL_FLEET, fleetCapacity, runsByStrategy } from '../../model/fleet.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const FLEET = UNEQUAL_FLEET;
/** Capacity: 1000 ms ÷ 20 ms × speed = 50 + 50 + 100 + 200 = 400 requests/s; half of it arrives. */
const RATE = fleetCapacity(20) / 2;

/** Runs by strategy: each check reuses them instead of simulating again. */
const fleet = runsByStrategy({ ratePerSec: RATE, durationMs: 30_000, warmupMs: 2000 }, 21);

/** A snapshot of servers as a strategy sees them. */
function views(connections: readonly number[]): ServerView[] {
  return connections.map((c, i) => ({
    index: i,
    name: `s${i}`,
    cores: 1,
    speed: 1,
    weight: 1,
    active: Math.min(c, 1),
    queued: Math.max(0, c - 1),
    connections: c,
    up: true,
    peakEwmaMs: 0,
    memoryUsedMb: 0,
  }));
}

/** A fresh strategy state whose random() is a seeded generator (mulberry32). */
function state(seed = 1): StrategyState {
  let x = seed >>> 0;
  return {
    now: 0,
    random: () => {
      x = (x + 0x6d2b79f5) >>> 0;
      let t = x;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    vars: {},
    data: {},
  };
}

/** The position the learner's strategy picked for `servers`, or a failure naming what it returned. */
function pick(learner: Learner, servers: ServerView[], st: StrategyState): number {
  const choice: unknown = learner.leastConnections(servers, REQUEST, st);
  const at = typeof choice === 'number' ? choice : servers.findIndex((s) => s === choice);
  if (!Number.isInteger(at) || at < 0 || at >= servers.length) {
    fail(
      `with connections [${servers.map((s) => s.connections).join(', ')}] it returned ${describe(choice)}: return a position 0..${servers.length - 1} or one of the servers`,
    );
  }
  return at;
}

/** Snapshots with ties at the start, the end and in between. */
const TIES = [
  [0, 0, 2, 0, 0],
  [3, 1, 1, 4, 1],
  [5, 2, 2],
];
const TIE_CALLS = 1200;

const REQUEST: RequestView = {
  id: 1,
  clientId: 7,
  type: 'default',
  arrivalMs: 0,
  sizeBytes: 2000,
  cost: 1,
};

const SNAPSHOTS = [
  [3, 1, 2, 4],
  [0, 5, 5, 5],
  [7, 6, 2, 1],
  [2, 2, 0, 9],
  [4, 3],
  // One in service against none: the queues alone (queued) look the same.
  [1, 1, 0, 1],
  [0, 1],
];

export default defineChecks<Learner>({
  exports: ['leastConnections'],
  checks: [
    {
      name: 'Written by you, not the engine’s built-in least connections',
      run: (learner) => {
        const builtIn = Object.entries(strategies).find(
          ([, fn]) => fn === learner.leastConnections,
        );
        expectTrue(
          learner.leastConnections !== builtInLeastConnections && builtIn === undefined,
          `leastConnections is the engine's own built-in strategy '${builtIn?.[0] ?? 'least-connections'}' (the same function, re-exported): the exercise is to write it`,
        );
        return 'a strategy of your own';
      },
    },
    {
      name: 'Picks a server with the fewest open connections',
      run: (learner) => {
        for (const conns of SNAPSHOTS) {
          const servers = views(conns);
          const min = Math.min(...conns);
          // Several seeds, so a pick among the wrong servers cannot be right by luck.
          for (let seed = 1; seed <= 8; seed++) {
            const picked = servers[pick(learner, servers, state(seed))]!;
            expectTrue(
              picked.connections === min,
              `with connections [${conns.join(', ')}] it picked ${picked.name} (${picked.connections} open: ${picked.active} in service, ${picked.queued} queued); the fewest open connections is ${min}`,
            );
          }
        }
        return `right on all ${SNAPSHOTS.length} snapshots`;
      },
    },
    {
      name: 'Breaks ties at random: every tied server equally likely',
      run: (learner) => {
        const shares: string[] = [];
        for (const conns of TIES) {
          const servers = views(conns);
          const st = state(7);
          const counts = conns.map(() => 0);
          for (let i = 0; i < TIE_CALLS; i++) counts[pick(learner, servers, st)]!++;
          const min = Math.min(...conns);
          const tied = conns.flatMap((c, i) => (c === min ? [i] : []));
          const fair = TIE_CALLS / tied.length;
          const picks = tied.map((i) => `s${i} ${counts[i]}`).join(', ');
          // ± 20 % of a fair share is more than 4 standard deviations at 1,200 calls.
          const unfair = tied.filter((i) => Math.abs(counts[i]! - fair) > 0.2 * fair);
          expectTrue(
            unfair.length === 0,
            `with connections [${conns.join(', ')}], ${tied.length} servers tie at ${min}; over ${TIE_CALLS} calls each should get about ${fair.toFixed(0)}, yours picked ${picks}. Every tied server must be equally likely, whatever its position (with a running pick, switch to the i-th tied server with probability 1 / i)`,
          );
          shares.push(picks);
        }
        return `tied servers picked ${shares.join(' · ')} times`;
      },
    },
    {
      name: 'Breaks ties with state.random(), the same way every run',
      run: (learner) => {
        const servers = views(TIES[0]!);
        const once = (seed: number) => {
          const st = state(seed);
          return Array.from({ length: 40 }, () => pick(learner, servers, st)).join(',');
        };
        const first = once(11);
        const second = once(11);
        expectTrue(
          first === second,
          `two runs with the same seed picked differently (${first.slice(0, 20)}… then ${second.slice(0, 20)}…): use state.random(), never Math.random(), so a run can be repeated exactly`,
        );
        return 'the same seed gives the same picks';
      },
    },
    {
      name: 'Keeps the old servers out of trouble (busy below 80 %)',
      run: (learner, { chart }) => {
        const rr = fleet('round-robin');
        const lc = fleet(learner.leastConnections);
        const util = (r: SimResult) => r.summary.servers.map((s) => s.utilisation * 100);
        chart({
          title: 'How busy each server is (%)',
          xLabel: 'server (speed 1×, 1×, 2×, 4×)',
          yLabel: 'CPU busy (%)',
          kind: 'bar',
          categories: FLEET.map((s) => s.name),
          lines: [
            { label: 'round robin', points: util(rr).map((u, i) => [i, u] as const) },
            { label: 'your least connections', points: util(lc).map((u, i) => [i, u] as const) },
          ],
        });
        const mine = util(lc);
        const busiest = Math.max(...mine);
        const at = mine.indexOf(busiest);
        const name = FLEET[at]!.name;
        // What least connections with fair ties achieves on the same traffic, computed, not assumed.
        const fair = Math.max(...util(fleet('least-connections')));
        expectTrue(
          busiest < 80,
          `${name} was ${busiest.toFixed(0)} % busy (servers ${FLEET.map((s, i) => `${s.name} ${mine[i]!.toFixed(0)} %`).join(', ')}; round robin's busiest: ${Math.max(...util(rr)).toFixed(0)} %); least connections with ties broken at random keeps the busiest at ${fair.toFixed(0)} % on the same traffic${at === 0 ? `. ${name} is first in the list: do ties go to the front?` : ''}`,
        );
        return `busiest server ${busiest.toFixed(0)} % (round robin: ${Math.max(...util(rr)).toFixed(0)} %)`;
      },
    },
    {
      name: 'p99 latency below a third of round robin’s on the same traffic',
      run: (learner, { chart }) => {
        const rr = fleet('round-robin').summary;
        const lc = fleet(learner.leastConnections).summary;
        chart({
          title: 'Latency percentiles, same traffic (ms)',
          xLabel: 'percentile',
          yLabel: 'latency (ms)',
          kind: 'bar',
          categories: ['p50', 'p95', 'p99'],
          lines: [
            {
              label: 'round robin',
              points: [rr.latencyMs.p50, rr.latencyMs.p95, rr.latencyMs.p99].map(
                (v, i) => [i, v] as const,
              ),
            },
            {
              label: 'your least connections',
              points: [lc.latencyMs.p50, lc.latencyMs.p95, lc.latencyMs.p99].map(
                (v, i) => [i, v] as const,
              ),
            },
          ],
        });
        const target = rr.latencyMs.p99 / 3;
        expectTrue(
          lc.latencyMs.p99 <= target,
          `p99 was ${lc.latencyMs.p99.toFixed(0)} ms; round robin's is ${rr.latencyMs.p99.toFixed(0)} ms, so the target is at most ${target.toFixed(0)} ms`,
        );
        return `p99 ${lc.latencyMs.p99.toFixed(0)} ms against round robin's ${rr.latencyMs.p99.toFixed(0)} ms`;
      },
    },
  ],
});
