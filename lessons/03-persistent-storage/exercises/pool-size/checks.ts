import { defineChecks, describe, expectTrue, fail, simulate, type Summary } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Service = Solution.Service;

/** Mean of the engine's default query time (lognormal, median 2 ms, σ 0.5), ms. */
const QUERY_MS = 2 * Math.exp(0.125);

const CASES: { name: string; service: Service }[] = [
  {
    name: 'Shop: 2 servers, database in the same zone',
    service: {
      appServers: 2,
      requestsPerSec: 200,
      queriesPerRequest: 5,
      roundTripMs: 2,
      queryMs: QUERY_MS,
      maxConnections: 100,
    },
  },
  {
    name: 'Reports: 4 servers, database in another region',
    service: {
      appServers: 4,
      requestsPerSec: 400,
      queriesPerRequest: 3,
      roundTripMs: 80,
      queryMs: QUERY_MS,
      maxConnections: 200,
    },
  },
  {
    name: 'API: 20 small servers, one database',
    service: {
      appServers: 20,
      requestsPerSec: 1000,
      queriesPerRequest: 4,
      roundTripMs: 1,
      queryMs: QUERY_MS,
      maxConnections: 100,
    },
  },
  {
    // Little's law with headroom asks for about 10 per server, but 10 × 10 > 85: the cap binds,
    // and 8 each (4.9 busy) still keeps p95 close to the best.
    name: 'Checkout: 10 servers, a tight connection limit',
    service: {
      appServers: 10,
      requestsPerSec: 2000,
      queriesPerRequest: 2,
      roundTripMs: 10,
      queryMs: QUERY_MS,
      maxConnections: 85,
    },
  },
  {
    // Quiet traffic spread over many servers: each needs a small pool, eight times less than
    // the whole service's traffic would suggest.
    name: 'Search: 8 servers, quiet traffic',
    service: {
      appServers: 8,
      requestsPerSec: 400,
      queriesPerRequest: 3,
      roundTripMs: 2,
      queryMs: QUERY_MS,
      maxConnections: 400,
    },
  },
];

/** Connections one app server keeps busy on average (Little's law). */
const busy = (s: Service) =>
  ((s.requestsPerSec / s.appServers) * s.queriesPerRequest * (s.roundTripMs + s.queryMs)) / 1000;

function run(s: Service, poolSize: number): Summary {
  return simulate(
    {
      durationMs: 3_000,
      warmupMs: 500,
      traffic: { kind: 'poisson', ratePerSec: s.requestsPerSec },
      servers: Array.from({ length: s.appServers }, () => ({
        cores: 2,
        serviceTime: { kind: 'exponential' as const, mean: 2 },
        blockingIo: false,
      })),
      database: {
        link: { latencyMs: s.roundTripMs / 2 },
        queriesPerRequest: s.queriesPerRequest,
        poolSize,
        capacity: 16,
      },
    },
    { seed: 5 },
  ).summary;
}

let baselines: Summary[] | undefined;
/** Each service with pools so large they never make anyone wait: the best p95 possible. */
const unlimited = () => (baselines ??= CASES.map((c) => run(c.service, 1000)));
/** A pool may add a little waiting, not much: p95 within 20 % (+2 ms) of the unlimited pool. */
const target = (best: number) => best * 1.2 + 2;

function learnerPool(learner: Learner, s: Service, name: string): number {
  const n: unknown = learner.poolSize({ ...s });
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    fail(`${name}: poolSize must return a whole number ≥ 1, got ${describe(n)}`);
  return n;
}

export default defineChecks<Learner>({
  exports: ['poolSize'],
  checks: [
    {
      name: 'All the pools together fit in the database’s connection limit',
      run: (learner) => {
        for (const { name, service } of CASES) {
          const pool = learnerPool(learner, service, name);
          const total = pool * service.appServers;
          expectTrue(
            total <= service.maxConnections,
            `${name}: ${service.appServers} servers × ${pool} connections = ${total}, but the ` +
              `database accepts only ${service.maxConnections}, shared by all ${service.appServers} ` +
              `pools (at most ${Math.floor(service.maxConnections / service.appServers)} each); ` +
              `new connections beyond it would be refused`,
          );
        }
        return 'every service stays within maxConnections';
      },
    },
    {
      name: 'p95 latency stays close to what an unlimited pool gives',
      run: (learner, { chart }) => {
        const best = unlimited();
        const pools = CASES.map((c) => learnerPool(learner, c.service, c.name));
        const yours = CASES.map((c, i) => run(c.service, pools[i]!));
        chart({
          title: 'p95 latency with your pools',
          xLabel: 'service',
          yLabel: 'p95 latency (ms)',
          kind: 'bar',
          categories: CASES.map((c, i) => `${c.name.split(':')[0]} (pool ${pools[i]})`),
          lines: [
            { label: 'target', points: best.map((b, i) => [i, target(b.latencyMs.p95)] as const) },
            { label: 'your pool', points: yours.map((y, i) => [i, y.latencyMs.p95] as const) },
          ],
        });
        CASES.forEach((c, i) => {
          const p95 = yours[i]!.latencyMs.p95;
          const goal = target(best[i]!.latencyMs.p95);
          expectTrue(
            p95 <= goal,
            `${c.name}: p95 was ${Number.isFinite(p95) ? `${p95.toFixed(0)} ms` : 'unbounded (requests never finished)'}, ` +
              `target ${goal.toFixed(0)} ms. A pool of ${pools[i]} is too small: each server keeps about ` +
              `${busy(c.service).toFixed(1)} connections busy on average, so queries wait for one`,
          );
        });
        return yours
          .map((y, i) => `${CASES[i]!.name.split(':')[0]} ${y.latencyMs.p95.toFixed(0)} ms`)
          .join(', ');
      },
    },
    {
      name: 'No pool is far larger than its traffic needs',
      run: (learner) => {
        for (const { name, service } of CASES) {
          const pool = learnerPool(learner, service, name);
          const limit = Math.ceil(busy(service) * 3) + 3;
          expectTrue(
            pool <= limit,
            `${name}: a pool of ${pool}, but only about ${busy(service).toFixed(1)} connections are ` +
              `busy on average per server (each of the ${service.appServers} app servers gets ` +
              `${service.requestsPerSec / service.appServers} of the ${service.requestsPerSec} ` +
              `requests per second, each holding a connection ` +
              `${(service.roundTripMs + service.queryMs).toFixed(1)} ms per query); idle connections ` +
              `still cost the database memory (keep it ≤ ${limit})`,
          );
        }
        return 'every pool is sized from its traffic';
      },
    },
  ],
});
