/**
 * Chapter 1: requests arriving at one server. Shows utilisation ρ = λ·S/c and how latency climbs
 * as ρ approaches 1, with the queueing-theory curve for comparison.
 */
import { simulate, type Scenario } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { latencyOverTime, timeline } from '../../../components/charts/timeline.ts';
import { mmcResponseMs, utilisation } from '../../../engine/theory/queueing.ts';

/** Requests the server holds waiting (beyond busy cores) before it refuses more. */
export const QUEUE_CAPACITY = 100;
/** Simulated length of the main run. */
export const DURATION_MS = 60_000;
/** Summary statistics skip the first seconds, when the server starts empty. */
export const WARMUP_MS = 2_000;
/** Utilisations at which the latency curve is sampled. */
const SWEEP = [0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
/** Requests per point of the latency curve: near ρ = 1 queues need many requests to settle. */
const SWEEP_REQUESTS = 8_000;

type Mode = 'random' | 'steady';

/** The scenario one run simulates. */
export function scenario(
  ratePerSec: number,
  serviceMs: number,
  cores: number,
  mode: Mode,
  durationMs = DURATION_MS,
  warmupMs = WARMUP_MS,
): Scenario {
  return {
    name: 'one server',
    durationMs,
    warmupMs,
    resolutionMs: durationMs >= 30_000 ? 1000 : 500,
    traffic: { kind: mode === 'random' ? 'poisson' : 'constant', ratePerSec },
    servers: [
      {
        cores,
        queueCapacity: QUEUE_CAPACITY,
        serviceTime:
          mode === 'random'
            ? { kind: 'exponential', mean: serviceMs }
            : { kind: 'constant', value: serviceMs },
      },
    ],
  };
}

/** Erlang C and the M/M/c mean, from the engine's queueing formulas (re-exported for the tests). */
export { erlangC } from '../../../engine/theory/queueing.ts';

/** Mean response time (wait + service) of an M/M/c queue, ms; Infinity at ρ ≥ 1. */
export function meanResponseMs(ratePerSec: number, serviceMs: number, cores: number): number {
  return mmcResponseMs(ratePerSec, serviceMs, cores);
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

interface Curve {
  mean: [number, number][];
  p95: [number, number][];
  theory: [number, number][];
}

/** Curves already computed, by (S, c, mode, seed): moving the rate slider reuses them. */
const curveCache = new Map<string, Curve>();

/** The same server at a range of loads: latency against utilisation, next to the theory. */
function latencyCurve(serviceMs: number, cores: number, mode: Mode, seed: number): Curve {
  const key = `${serviceMs}|${cores}|${mode}|${seed}`;
  const cached = curveCache.get(key);
  if (cached) return cached;
  const curve: Curve = { mean: [], p95: [], theory: [] };
  for (const rho of SWEEP) {
    const rate = (rho * cores * 1000) / serviceMs;
    // A fixed number of requests per point: the cost stays flat whatever the rate.
    const durationMs = Math.max(10_000, (SWEEP_REQUESTS / rate) * 1000);
    const r = simulate(scenario(rate, serviceMs, cores, mode, durationMs, durationMs / 10), {
      seed: seed + 1,
    });
    const x = rho * 100;
    curve.mean.push([x, r.summary.latencyMs.mean]);
    curve.p95.push([x, r.summary.latencyMs.p95]);
    curve.theory.push([x, mode === 'random' ? meanResponseMs(rate, serviceMs, cores) : serviceMs]);
  }
  if (curveCache.size >= 32) curveCache.clear();
  curveCache.set(key, curve);
  return curve;
}

export default defineSimulation({
  title: 'Requests arriving at one server',
  description:
    'Clients send requests to one server for 60 simulated seconds. Each request needs some CPU ' +
    'time on one core and nothing else (no database, no waiting); requests that find every core ' +
    `busy wait in a queue of up to ${QUEUE_CAPACITY}, ` +
    'and any more are refused (dropped). Change the arrival rate, the service time or the cores ' +
    'and watch utilisation and latency.',
  caption:
    'Load λ·S/c predicts the measured utilisation. Latency grows slowly at low load and steeply as ' +
    'utilisation nears 100 %; past 100 % the queue fills and requests are dropped. The last chart ' +
    'runs the same server at many loads and compares it with queueing theory. With evenly spaced ' +
    'arrivals and identical work nothing waits until the load reaches 100 %: randomness makes queues.',
  seed: 12,
  prediction: {
    label: 'Mean response time',
    unit: 'ms',
    min: 0,
    max: 100_000,
    figure: 'Latency mean',
    formula: {
      name: 'M/M/c with Erlang C: W = S + C(c, a)·S / (c − a), a = λ·S (M/M/1: W = 1/(μ − λ))',
      value: ({ ratePerSec, serviceMs, cores, mode }) => {
        if (utilisation(ratePerSec, serviceMs, cores) >= 1) return undefined;
        // Evenly spaced arrivals and identical work never wait below full load (D/D/c).
        return mode === 'steady' ? serviceMs : mmcResponseMs(ratePerSec, serviceMs, cores);
      },
    },
    whyDiffer:
      'The formula assumes random (Poisson) arrivals, exponential service times, an endless queue ' +
      'and an infinitely long run. The simulation runs 60 seconds, skips the first 2 while the ' +
      'server starts empty, and refuses requests beyond a queue of 100; its random arrivals come ' +
      'from the seed, so another seed samples other bursts and gives a slightly different mean. ' +
      'At 100 % load or more there is no steady state: the formula has no answer and the queue ' +
      'simply fills.',
  },
  compare: { series: 'Latency over time', line: 'p95' },
  runLabel: ({ ratePerSec, serviceMs, cores, mode }) =>
    `λ ${ratePerSec} req/s, S ${serviceMs} ms, ${cores} core${cores === 1 ? '' : 's'}${mode === 'steady' ? ', steady' : ''}`,
  controls: [
    {
      kind: 'slider',
      name: 'ratePerSec',
      label: 'Arrival rate (λ)',
      min: 5,
      max: 200,
      step: 5,
      default: 40,
      unit: 'req/s',
      help: 'Requests arriving per second, from all clients together.',
    },
    {
      kind: 'slider',
      name: 'serviceMs',
      label: 'Service time (S)',
      min: 5,
      max: 100,
      step: 5,
      default: 20,
      unit: 'ms',
      help: 'CPU time one request needs on one core, on average.',
    },
    {
      kind: 'slider',
      name: 'cores',
      label: 'Cores (c)',
      min: 1,
      max: 8,
      step: 1,
      default: 1,
      help:
        'CPU cores: how many requests’ code can run at the same instant. Requests here need only ' +
        'CPU and never wait, so this is also how many are in service at once.',
    },
    {
      kind: 'select',
      name: 'mode',
      label: 'Randomness',
      default: 'random',
      options: [
        { value: 'random', label: 'Random arrivals and work' },
        { value: 'steady', label: 'Evenly spaced, identical work' },
      ],
      help: 'Real traffic is bursty and requests differ in cost; the steady mode removes both.',
    },
  ],
  run(params, seed) {
    const { ratePerSec, serviceMs, cores } = params;
    const mode: Mode = params.mode === 'steady' ? 'steady' : 'random';
    const result = simulate(scenario(ratePerSec, serviceMs, cores, mode), { seed });
    const { summary, series } = result;
    const load = (ratePerSec * serviceMs) / 1000 / cores;
    const tl = timeline(series);
    const overTime: Series[] = [
      latencyOverTime(tl, result.series, { labels: { p50: 'p50 (median)' } }),
      tl.chart('Utilisation and queue over time', 'Busy cores (%) · waiting requests', [
        tl.line('Utilisation (%)', series.metrics.utilisation, 100),
        tl.line('Waiting requests', series.metrics.queueLength),
      ]),
    ];

    const {
      mean: measuredMean,
      p95: measuredP95,
      theory,
    } = latencyCurve(serviceMs, cores, mode, seed);
    const thisRun: [number, number][] =
      load < 1 ? [[round(summary.utilisation * 100), summary.latencyMs.p95]] : [];
    const curve: Series = {
      title: 'Latency against utilisation',
      xLabel: 'Utilisation (%)',
      yLabel: 'Latency (ms)',
      kind: 'line',
      lines: [
        { label: 'Mean, simulated', points: measuredMean },
        { label: 'p95, simulated', points: measuredP95 },
        {
          label: mode === 'random' ? 'Mean, queueing theory' : 'Service time (no queueing)',
          points: theory,
        },
        { label: 'p95 of this run', points: thisRun },
      ],
    };

    const dropPercent = summary.arrived > 0 ? (summary.dropped / summary.arrived) * 100 : 0;
    return {
      ...earlyStop(result),
      figures: [
        { label: 'Load λ·S/c', value: load * 100, unit: '%' },
        { label: 'Utilisation (measured)', value: summary.utilisation * 100, unit: '%' },
        { label: 'Throughput', value: summary.throughputPerSec, unit: 'req/s', digits: 1 },
        { label: 'Latency mean', value: summary.latencyMs.mean, unit: 'ms' },
        { label: 'Latency p50', value: summary.latencyMs.p50, unit: 'ms' },
        { label: 'Latency p95', value: summary.latencyMs.p95, unit: 'ms' },
        { label: 'Dropped', value: dropPercent, unit: '%', digits: 1 },
      ],
      series: [...overTime, curve],
    };
  },
});
