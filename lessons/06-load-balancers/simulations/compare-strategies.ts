/**
 * Chapter 6: the same seeded traffic through every built-in load-balancing strategy, on four
 * servers of unequal power, optionally with a crash and health checks. Two strategies are drawn
 * over time side by side; all seven are compared in bar charts.
 */
import { simulate, strategyNames, type Scenario, type SimResult, type StrategyName } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import { UNEQUAL_FLEET, fleetCapacity, fleetScenario } from '../model/fleet.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { timeline } from '../../../components/charts/timeline.ts';

/** The fleet: two old servers, one twice and one four times as fast (capacity 25/25/50/100 req/s). */
export const FLEET = UNEQUAL_FLEET;
/** Mean CPU time of one request on a speed-1 core, ms. */
export const SERVICE_MS = 40;
/** Requests per second the whole fleet can answer. */
export const CAPACITY = fleetCapacity(SERVICE_MS);
export const DURATION_MS = 30_000;
const CRASH_AT_MS = 10_000;
const CRASH_FOR_MS = 10_000;

const LABELS: Record<StrategyName, string> = {
  'round-robin': 'Round robin',
  'weighted-round-robin': 'Weighted round robin',
  random: 'Random',
  'least-connections': 'Least connections',
  'power-of-two': 'Power of two choices',
  'peak-ewma': 'Peak EWMA',
  'consistent-hash': 'Consistent hashing',
};

const strategyOptions = strategyNames.map((value) => ({ value, label: LABELS[value] }));

/** The scenario for one strategy. */
export function scenario(
  strategy: StrategyName,
  loadPercent: number,
  failing: string,
  healthChecks: boolean,
): Scenario {
  return fleetScenario({
    name: strategy,
    strategy,
    ratePerSec: (CAPACITY * loadPercent) / 100,
    clients: 500,
    durationMs: DURATION_MS,
    warmupMs: 1000,
    serviceMs: SERVICE_MS,
    queueCapacity: 100,
    extra: (s) => ({
      crashes: s.name === failing ? [{ atMs: CRASH_AT_MS, downMs: CRASH_FOR_MS }] : [],
    }),
    ...(healthChecks ? { healthCheck: { intervalMs: 1000, unhealthyThreshold: 2 } } : {}),
  });
}

/** The chart compared across runs: strategy A's latency percentiles. */
const PERCENTILES_TITLE = 'Latency percentiles of strategy A (ms)';

const asStrategy = (v: string): StrategyName =>
  (strategyNames as readonly string[]).includes(v) ? (v as StrategyName) : 'round-robin';

const lostPercent = (r: SimResult) =>
  r.summary.arrived > 0 ? ((r.summary.dropped + r.summary.failed) / r.summary.arrived) * 100 : 0;

export default defineSimulation({
  title: 'Seven strategies, the same traffic',
  description:
    `Requests arrive at random for ${DURATION_MS / 1000} simulated seconds at a load balancer in front ` +
    'of four unequal servers: two old ones, one twice as fast and one four times as fast ' +
    `(${CAPACITY} requests per second together). The identical stream of requests goes through ` +
    'each of the seven built-in strategies. Optionally one server crashes from 10 s to 20 s.',
  caption:
    'Round robin and random send every server the same share, so the old servers drown while ' +
    'the big one idles: their p99 explodes long before the fleet is full. Strategies that look ' +
    'at the servers (least connections, power of two, peak EWMA) or know their weights stay ' +
    'fast. Crash a server without health checks and least connections sends it about half of ' +
    'all requests, more than any other strategy: a dead server has no open connections.',
  seed: 6,
  prediction: {
    label: 'p99 latency of strategy A',
    unit: 'ms',
    min: 0,
    max: 100_000,
    figure: 'A p99 latency',
    whyDiffer:
      'No textbook formula covers these strategies on four unequal servers, so the simulation is ' +
      'the only answer: for random, each server is an M/M/1 queue of its own; round robin makes ' +
      'each server’s arrivals more regular than that, and least connections and power of two ' +
      'choices couple the servers. A p99 is also a noisy ' +
      'number: it depends on the few slowest requests of the run, which another seed changes.',
  },
  compare: { series: PERCENTILES_TITLE },
  runLabel: ({ strategyA, load, failing, healthChecks }) =>
    [
      LABELS[asStrategy(strategyA)],
      `${load} %`,
      ...(failing === 'none' ? [] : [`${failing} crashes`]),
      ...(failing !== 'none' && healthChecks === 'off' ? ['no health checks'] : []),
    ].join(', '),
  controls: [
    {
      kind: 'select',
      name: 'strategyA',
      label: 'Strategy A',
      default: 'round-robin',
      options: strategyOptions,
      help: 'Drawn over time in the first colour.',
    },
    {
      kind: 'select',
      name: 'strategyB',
      label: 'Strategy B',
      default: 'least-connections',
      options: strategyOptions,
      help: 'Drawn over time in the second colour, on the identical traffic.',
    },
    {
      kind: 'slider',
      name: 'load',
      label: 'Load',
      min: 20,
      max: 95,
      step: 5,
      default: 60,
      unit: '% of capacity',
      help: `Arrival rate as a share of what the four servers can answer together (${CAPACITY} req/s).`,
    },
    {
      kind: 'select',
      name: 'failing',
      label: 'Failure',
      default: 'none',
      options: [
        { value: 'none', label: 'No failure' },
        { value: 'mid', label: 'mid (2×) crashes at 10 s, back at 20 s' },
        { value: 'old-1', label: 'old-1 (1×) crashes at 10 s, back at 20 s' },
      ],
      help: 'A crash loses the requests on that server; later ones fail until it is taken out.',
    },
    {
      kind: 'select',
      name: 'healthChecks',
      label: 'Health checks',
      default: 'on',
      options: [
        { value: 'on', label: 'On: probe every second, out after 2 failures' },
        { value: 'off', label: 'Off: keep sending to a dead server' },
      ],
      help: 'Whether the load balancer notices a crashed server and stops sending to it.',
    },
  ],
  run(params, seed) {
    const a = asStrategy(params.strategyA);
    const b = asStrategy(params.strategyB);
    const failing = params.failing;
    const health = params.healthChecks !== 'off';
    const results = new Map<StrategyName, SimResult>();
    for (const name of strategyNames) {
      results.set(name, simulate(scenario(name, params.load, failing, health), { seed }));
    }
    const ra = results.get(a)!;
    const rb = results.get(b)!;
    const tl = timeline(ra.series);
    const nameA = `A: ${LABELS[a]}`;
    const nameB = `B: ${LABELS[b]}`;
    const categories = strategyNames.map((n) => LABELS[n]);
    const bars = (label: string, pick: (r: SimResult) => number) => ({
      label,
      points: strategyNames.map((n, i) => [i, pick(results.get(n)!)] as const),
    });
    const share = (r: SimResult) =>
      r.summary.servers.map(
        (s, i) =>
          [i, r.summary.completed > 0 ? (s.completed / r.summary.completed) * 100 : 0] as const,
      );

    const series: Series[] = [
      tl.chart('p99 latency over time (ms)', 'p99 latency (ms)', [
        tl.line(nameA, ra.series.metrics.latencyP99Ms),
        tl.line(nameB, rb.series.metrics.latencyP99Ms),
      ]),
      tl.chart('Failed or refused requests per second', 'Requests lost', [
        tl.perSecond(nameA, ra.series.metrics.errors),
        tl.perSecond(nameB, rb.series.metrics.errors),
      ]),
      {
        title: 'Share of the requests each server answered (%)',
        xLabel: 'Server (speed 1×, 1×, 2×, 4×)',
        yLabel: 'Share of requests (%)',
        kind: 'bar',
        categories: FLEET.map((s) => s.name),
        lines: [
          {
            label: 'Its share of the capacity',
            points: FLEET.map(
              (s, i) => [i, ((s.speed * 1000) / SERVICE_MS / CAPACITY) * 100] as const,
            ),
          },
          { label: nameA, points: share(ra) },
          { label: nameB, points: share(rb) },
        ],
      },
      {
        title: PERCENTILES_TITLE,
        xLabel: 'Percentile',
        yLabel: 'Latency (ms)',
        kind: 'bar',
        categories: ['p50', 'p95', 'p99'],
        lines: [
          {
            label: nameA,
            points: [
              ra.summary.latencyMs.p50,
              ra.summary.latencyMs.p95,
              ra.summary.latencyMs.p99,
            ].map((v, i) => [i, v] as const),
          },
        ],
      },
      {
        title: 'Latency percentiles of every strategy, same traffic (ms)',
        xLabel: 'Strategy',
        yLabel: 'Latency (ms)',
        kind: 'bar',
        categories,
        lines: [
          bars('p50', (r) => r.summary.latencyMs.p50),
          bars('p95', (r) => r.summary.latencyMs.p95),
          bars('p99', (r) => r.summary.latencyMs.p99),
        ],
      },
      {
        title: 'Requests lost by every strategy (%)',
        xLabel: 'Strategy',
        yLabel: 'Failed or refused (%)',
        kind: 'bar',
        categories,
        lines: [bars('Lost', lostPercent)],
      },
    ];
    return {
      ...earlyStop(...results.values()),
      figures: [
        { label: 'A p99 latency', value: ra.summary.latencyMs.p99, unit: 'ms' },
        { label: 'B p99 latency', value: rb.summary.latencyMs.p99, unit: 'ms' },
        { label: 'A p50 latency', value: ra.summary.latencyMs.p50, unit: 'ms' },
        { label: 'B p50 latency', value: rb.summary.latencyMs.p50, unit: 'ms' },
        { label: 'A lost', value: lostPercent(ra), unit: '%', digits: 1 },
        { label: 'B lost', value: lostPercent(rb), unit: '%', digits: 1 },
      ],
      series,
    };
  },
});
