/**
 * Chapter "Caching": an application cache in front of the database, on product pages with Zipf
 * popularity. The learner sets the cache's size, TTL and eviction policy and the skew of the
 * traffic; the charts show hit ratio, database utilisation and p95 over time, and the Che
 * approximation's hit ratio for LRU beside the measured one.
 */
import {
  cheHitRatio,
  simulateCacheAside,
  zipfPopularity,
  type CacheRunResult,
  type EvictionName,
} from 'archlab';
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { CATALOGUE, catalogueRun } from '../model/workloads.ts';

const TTL_OPTIONS = [
  { value: 'none', label: 'No expiry' },
  { value: '60000', label: '60 s' },
  { value: '10000', label: '10 s' },
  { value: '1000', label: '1 s' },
];

const EVICTION_LABELS: Record<EvictionName, string> = {
  lru: 'LRU: least recently used',
  fifo: 'FIFO: oldest stored',
  random: 'Random entry',
};

const asEviction = (v: string): EvictionName => (v === 'fifo' || v === 'random' ? v : 'lru');
const ttlOf = (v: string) => (v === 'none' ? Infinity : Number(v));

/** The Che approximation applies to LRU without expiry; undefined otherwise. */
export function cheFor(capacity: number, zipfExponent: number, eviction: string, ttl: string) {
  if (capacity === 0 || asEviction(eviction) !== 'lru' || ttl !== 'none') return undefined;
  return cheHitRatio(zipfPopularity(CATALOGUE.keys, zipfExponent), capacity);
}

/** One run at these settings (capacity 0: no cache at all). */
export function run(
  capacity: number,
  zipfExponent: number,
  eviction: string,
  ttl: string,
  seed: number,
): CacheRunResult {
  return simulateCacheAside(
    catalogueRun(
      capacity === 0 ? null : { capacity, ttlMs: ttlOf(ttl), eviction: asEviction(eviction) },
      zipfExponent,
    ),
    { seed },
  );
}

const P95_TITLE = 'p95 latency over time (ms)';

export default defineSimulation({
  title: 'A cache in front of the database',
  description:
    `${CATALOGUE.ratePerSec} product-page reads per second arrive at random for ` +
    `${CATALOGUE.durationMs / 1000} simulated seconds. Each reads one of ` +
    `${CATALOGUE.keys.toLocaleString('en')} products, a few popular ones far more often than the ` +
    'rest (Zipf popularity). The application looks in the cache first (about 0.5 ms); on a miss ' +
    'it queries the database (4 parallel executors, median 8 ms a query) and stores the row. ' +
    'The cache has already served a minute of traffic when the chart starts.',
  caption:
    'The hit ratio rises quickly with the first few hundred entries and slowly after: the most ' +
    'popular products fit in a small cache, the long tail never does. Every miss is a query, so ' +
    'the database’s utilisation falls as the hit ratio rises, and with it the queueing that ' +
    'makes the p95. With LRU and no expiry, the Che approximation predicts the hit ratio to ' +
    'within a percentage point or so.',
  seed: 12,
  prediction: {
    label: 'Hit ratio',
    unit: '%',
    min: 0,
    max: 100,
    figure: 'Hit ratio',
    formula: {
      name: 'Che approximation for LRU: h = Σ p_k (1 − e^(−p_k·t_C)), Σ (1 − e^(−p_k·t_C)) = capacity',
      value: (p) => {
        const h = cheFor(p.capacity, p.zipf, p.eviction, p.ttl);
        return h === undefined ? undefined : h * 100;
      },
    },
    whyDiffer:
      'The Che approximation assumes every read is independent of the others and the cache has ' +
      'run forever; the simulation draws a finite number of reads, so its hit ratio wanders by ' +
      'a percentage point or so from seed to seed. Every product’s first read is also a miss ' +
      'that no cache size avoids. With a TTL or another eviction policy the formula does not apply.',
  },
  compare: { series: P95_TITLE },
  runLabel: ({ capacity, zipf, eviction, ttl }) =>
    capacity === 0
      ? `No cache, s = ${zipf}`
      : `${capacity} entries, ${asEviction(eviction).toUpperCase()}, TTL ${ttl === 'none' ? 'none' : `${Number(ttl) / 1000} s`}, s = ${zipf}`,
  controls: [
    {
      kind: 'slider',
      name: 'capacity',
      label: 'Cache size',
      min: 0,
      max: 10_000,
      step: 100,
      default: 1000,
      unit: 'entries',
      help: '0 means no cache: every read queries the database.',
    },
    {
      kind: 'select',
      name: 'ttl',
      label: 'Time to live',
      default: 'none',
      options: TTL_OPTIONS,
      help: 'How long an entry may be served after the miss that stored it.',
    },
    {
      kind: 'select',
      name: 'eviction',
      label: 'Eviction policy',
      default: 'lru',
      options: (['lru', 'fifo', 'random'] as const).map((value) => ({
        value,
        label: EVICTION_LABELS[value],
      })),
      help: 'Which entry makes room when the cache is full.',
    },
    {
      kind: 'slider',
      name: 'zipf',
      label: 'Popularity skew (Zipf exponent s)',
      min: 0,
      max: 1.2,
      step: 0.1,
      default: CATALOGUE.zipfExponent,
      help: 'The k-th most popular product is read in proportion to 1/k^s; 0 means every product equally often.',
    },
  ],
  run(params, seed) {
    const r = run(params.capacity, params.zipf, params.eviction, params.ttl, seed);
    const che = cheFor(params.capacity, params.zipf, params.eviction, params.ttl);
    const secs = r.series.t.map((t) => (t + r.series.resolutionMs / 2) / 1000);
    const line = (label: string, values: readonly number[], scale = 1) => ({
      label,
      points: secs.map((x, i) => [x, (values[i] ?? NaN) * scale] as const),
    });
    const series: Series[] = [
      {
        title: 'Hit ratio over time (%)',
        xLabel: 'Simulated time (s)',
        yLabel: 'Reads answered by the cache (%)',
        kind: 'line',
        lines: [
          line('Measured', r.series.hitRatio, 100),
          ...(che === undefined
            ? []
            : [{ label: 'Che approximation', points: secs.map((x) => [x, che * 100] as const) }]),
        ],
      },
      {
        title: 'Database utilisation over time (%)',
        xLabel: 'Simulated time (s)',
        yLabel: 'Executors busy (%)',
        kind: 'line',
        lines: [line('Database', r.series.dbUtilisation, 100)],
      },
      {
        title: P95_TITLE,
        xLabel: 'Simulated time (s)',
        yLabel: 'p95 latency (ms)',
        kind: 'line',
        lines: [line('p95', r.series.latencyP95Ms)],
      },
    ];
    const s = r.summary;
    return {
      figures: [
        { label: 'Hit ratio', value: s.hitRatio * 100, unit: '%', digits: 1 },
        ...(che === undefined
          ? []
          : [{ label: 'Che approximation', value: che * 100, unit: '%', digits: 1 }]),
        { label: 'Database queries', value: s.dbQueriesPerSec, unit: '/s' },
        { label: 'Database utilisation', value: s.dbUtilisation * 100, unit: '%' },
        { label: 'Mean latency', value: s.latencyMs.mean, unit: 'ms', digits: 1 },
        { label: 'p95 latency', value: s.latencyMs.p95, unit: 'ms', digits: 1 },
      ],
      series,
    };
  },
});
