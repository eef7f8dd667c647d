import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type RequestView,
  type Scenario,
  type ServerView,
  type SimResult,
  type StrategyFn,
  type StrategyState,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Two old servers, a newer one twice as fast and a big one four times as fast. */
const FLEET = [
  { name: 'old-1', speed: 1 },
  { name: 'old-2', speed: 1 },
  { name: 'mid', speed: 2 },
  { name: 'big', speed: 4 },
];
/** Capacity: 1000 ms ÷ 20 ms × speed = 50 + 50 + 100 + 200 = 400 requests/s; half of it arrives. */
const RATE = 200;

/** Runs by strategy: each check reuses them instead of simulating again. */
const memo = new Map<StrategyFn | string, SimResult>();

function fleet(strategy: StrategyFn | 'round-robin'): SimResult {
  const known = memo.get(strategy);
  if (known) return known;
  const scenario: Scenario = {
    durationMs: 30_000,
    warmupMs: 2000,
    resolutionMs: 1000,
    traffic: { kind: 'poisson', ratePerSec: RATE },
    servers: FLEET.map((s) => ({
      name: s.name,
      speed: s.speed,
      queueCapacity: 200,
      serviceTime: { kind: 'exponential', mean: 20 },
    })),
    loadBalancer: { strategy },
  };
  const result = simulate(scenario, { seed: 21 });
  memo.set(strategy, result);
  return result;
}

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

function state(): StrategyState {
  let x = 0.5;
  return {
    now: 0,
    random: () => (x = (x * 9301 + 49297) % 233280) / 233280,
    vars: {},
    data: {},
  };
}

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
];

export default defineChecks<Learner>({
  exports: ['leastConnections'],
  checks: [
    {
      name: 'Picks a server with the fewest open connections',
      run: (learner) => {
        for (const conns of SNAPSHOTS) {
          const servers = views(conns);
          const choice: unknown = learner.leastConnections(servers, REQUEST, state());
          const picked =
            typeof choice === 'number' ? servers[choice] : servers.find((s) => s === choice);
          if (!picked) {
            fail(
              `with connections [${conns.join(', ')}] it returned ${describe(choice)}: return a position 0..${conns.length - 1} or one of the servers`,
            );
          }
          const min = Math.min(...conns);
          expectTrue(
            picked.connections === min,
            `with connections [${conns.join(', ')}] it picked ${picked.name} (${picked.connections} open); the fewest is ${min}`,
          );
        }
        return 'right on all five snapshots';
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
        const busiest = Math.max(...util(lc));
        expectTrue(
          busiest < 80,
          `the busiest server was ${busiest.toFixed(0)} % busy (round robin: ${Math.max(...util(rr)).toFixed(0)} %); least connections should keep every server below 80 %. If ties always go to the first server, old-1 gets every tie: break ties at random`,
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
