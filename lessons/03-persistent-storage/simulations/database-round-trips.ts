/**
 * Chapter 3: one app server whose requests each make k queries, one after another, to a database
 * that sits on the same machine, in the same data centre, in another zone or in another region.
 */
import { simulate, type DatabaseSpec, type Scenario } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { latencyOverTime, timeline } from '../../../components/charts/timeline.ts';

/** Where the database is, and the network round trip (ms) between app server and database. */
export const LOCATIONS = {
  local: { label: 'On the server itself', rttMs: 0 },
  'same-dc': { label: 'Same data centre (0.5 ms)', rttMs: 0.5 },
  'other-zone': { label: 'Another zone (2 ms)', rttMs: 2 },
  'other-region': { label: 'Another region (80 ms)', rttMs: 80 },
} as const;
export type Location = keyof typeof LOCATIONS;
const LOCATION_KEYS = Object.keys(LOCATIONS) as Location[];

/** Mean execution time of one query (lognormal, median 2 ms, σ 0.5), ms. */
export const QUERY_MEAN_MS = 2 * Math.exp(0.5 ** 2 / 2);
/** CPU time of one request on the app server, ms. */
export const CPU_MS = 5;
const DURATION_MS = 10_000;
const SWEEP_MS = 3_000;
const K_SWEEP = [1, 5, 10, 20, 30, 50];

/** The database as the engine models it. */
export function database(location: Location, queries: number, poolSize: number): DatabaseSpec {
  const rtt = LOCATIONS[location].rttMs;
  return location === 'local'
    ? { kind: 'local', queriesPerRequest: queries, poolSize, capacity: 8 }
    : {
        kind: 'network',
        link: { latencyMs: rtt / 2 },
        queriesPerRequest: queries,
        poolSize,
        capacity: 8,
      };
}

/** One app server (4 cores, non-blocking I/O like Node.js) and its database. */
export function scenario(
  location: Location,
  queries: number,
  poolSize: number,
  ratePerSec: number,
  durationMs = DURATION_MS,
): Scenario {
  return {
    name: 'database round trips',
    durationMs,
    warmupMs: Math.min(2_000, durationMs / 5),
    resolutionMs: 500,
    traffic: { kind: 'poisson', ratePerSec },
    servers: [
      {
        cores: 4,
        serviceTime: { kind: 'exponential', mean: CPU_MS },
        blockingIo: false,
        queueCapacity: 1000,
      },
    ],
    database: database(location, queries, poolSize),
  };
}

/** Connections busy on average (Little's law): queries per second × time each holds a connection. */
export function connectionsNeeded(ratePerSec: number, queries: number, rttMs: number): number {
  return (ratePerSec * queries * (rttMs + QUERY_MEAN_MS)) / 1000;
}

export default defineSimulation({
  title: 'Queries to a database over the network',
  description:
    'Requests arrive at one app server. Each needs 5 ms of CPU, then makes k database queries one ' +
    'after another; every query borrows a connection from the pool, travels to the database, runs ' +
    '(about 2 ms) and travels back. Move the database further away, make more queries per request, ' +
    'or shrink the pool, and watch the latency.',
  caption:
    'Each query costs one network round trip on top of its 2 ms of work, so latency grows with ' +
    'k × round-trip time: harmless on the same machine, painful across zones, ruinous across ' +
    'regions. When queries per second × time per query exceeds the pool, requests queue for a ' +
    'connection and latency runs away even though the database itself is nearly idle. A latency ' +
    'shown as “—” means no request finished in the simulated time.',
  seed: 3,
  controls: [
    {
      kind: 'select',
      name: 'location',
      label: 'Where the database is',
      default: 'other-zone',
      options: LOCATION_KEYS.map((value) => ({ value, label: LOCATIONS[value].label })),
      help: 'The network round trip every query pays between the app server and the database.',
    },
    {
      kind: 'slider',
      name: 'queries',
      label: 'Queries per request (k)',
      min: 1,
      max: 50,
      step: 1,
      default: 10,
      help: 'Made one after another, as code that loops over results and queries for each does.',
    },
    {
      kind: 'slider',
      name: 'ratePerSec',
      label: 'Request rate',
      min: 10,
      max: 200,
      step: 10,
      default: 100,
      unit: 'req/s',
      help: 'Requests arriving per second at the app server.',
    },
    {
      kind: 'slider',
      name: 'poolSize',
      label: 'Connection pool size',
      min: 1,
      max: 50,
      step: 1,
      default: 10,
      help: 'Open connections the app server keeps to the database; a query waits for a free one.',
    },
  ],
  run(params, seed) {
    const { queries, poolSize, ratePerSec } = params;
    const location: Location = LOCATION_KEYS.includes(params.location as Location)
      ? (params.location as Location)
      : 'other-zone';
    const rtt = LOCATIONS[location].rttMs;
    const result = simulate(scenario(location, queries, poolSize, ratePerSec), { seed });
    const { summary, series } = result;
    const overTime = latencyOverTime(timeline(series), result.series, {
      labels: { p50: 'p50 (median)' },
    });

    // The same workload with 1…50 queries per request: latency grows with k × round trip.
    const p50ByK: [number, number][] = [];
    const p95ByK: [number, number][] = [];
    const network: [number, number][] = [];
    for (const k of K_SWEEP) {
      const r = simulate(scenario(location, k, poolSize, ratePerSec, SWEEP_MS), { seed: seed + k });
      p50ByK.push([k, r.summary.latencyMs.p50]);
      p95ByK.push([k, r.summary.latencyMs.p95]);
      network.push([k, k * rtt]);
    }
    const byK: Series = {
      title: 'Latency against queries per request',
      xLabel: 'Queries per request (k)',
      yLabel: 'Latency (ms)',
      kind: 'line',
      lines: [
        { label: 'p50, simulated', points: p50ByK },
        { label: 'p95, simulated', points: p95ByK },
        { label: 'k × round trip (network alone)', points: network },
      ],
    };

    // The same requests against a database in each place.
    const p50ByPlace: [number, number][] = [];
    const p95ByPlace: [number, number][] = [];
    LOCATION_KEYS.forEach((place, i) => {
      const r =
        place === location
          ? result
          : simulate(scenario(place, queries, poolSize, ratePerSec, SWEEP_MS), {
              seed: seed + 100,
            });
      p50ByPlace.push([i, r.summary.latencyMs.p50]);
      p95ByPlace.push([i, r.summary.latencyMs.p95]);
    });
    const byPlace: Series = {
      title: 'Latency by where the database is',
      xLabel: 'Database location',
      yLabel: 'Latency (ms)',
      kind: 'bar',
      categories: LOCATION_KEYS.map((k) => LOCATIONS[k].label),
      lines: [
        { label: 'p50', points: p50ByPlace },
        { label: 'p95', points: p95ByPlace },
      ],
    };

    const needed = connectionsNeeded(ratePerSec, queries, rtt);
    return {
      ...earlyStop(result),
      figures: [
        { label: 'Latency p50', value: summary.latencyMs.p50, unit: 'ms' },
        { label: 'Latency p95', value: summary.latencyMs.p95, unit: 'ms' },
        { label: 'Round trips alone (k × RTT)', value: queries * rtt, unit: 'ms' },
        { label: 'Queries per second', value: ratePerSec * queries },
        { label: 'Connections busy (Little’s law)', value: needed, digits: 1 },
        {
          label: 'Database utilisation',
          value: (summary.database?.utilisation ?? 0) * 100,
          unit: '%',
        },
        { label: 'Throughput', value: summary.throughputPerSec, unit: 'req/s' },
      ],
      series: [overTime, byK, byPlace],
    };
  },
});
