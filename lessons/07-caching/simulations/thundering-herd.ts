/**
 * Chapter "Caching": a cold cache in front of expensive queries, and what happens when hot
 * entries expire together. Two variants (no cure, TTL jitter, request coalescing, both) run on
 * identical traffic side by side.
 */
import { simulateCacheAside, type CacheRunResult } from 'archlab';
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { HOT_PAGES, hotPagesRun } from '../model/workloads.ts';

export const CURES = {
  none: { label: 'No cure', coalesce: false, ttlJitter: 0 },
  jitter: { label: 'TTL jitter (up to 30 % shorter)', coalesce: false, ttlJitter: 0.3 },
  coalesce: { label: 'Request coalescing', coalesce: true, ttlJitter: 0 },
  both: { label: 'Coalescing and jitter', coalesce: true, ttlJitter: 0.3 },
} as const;
export type CureName = keyof typeof CURES;

const asCure = (v: string): CureName => (v in CURES ? (v as CureName) : 'none');

/** One run with this TTL (s) and cure. */
export function run(ttlSec: number, cure: string, seed: number): CacheRunResult {
  const c = CURES[asCure(cure)];
  return simulateCacheAside(
    hotPagesRun(ttlSec * 1000, { coalesce: c.coalesce, ttlJitter: c.ttlJitter }),
    { seed },
  );
}

const QUERIES_TITLE = 'Database queries per second';

export default defineSimulation({
  title: 'The thundering herd',
  description:
    `${HOT_PAGES.ratePerSec} reads per second of ${HOT_PAGES.keys} pages, a handful of them far more ` +
    'popular than the rest, each an expensive query (median 40 ms) on a database with 8 ' +
    'executors: about 190 queries per second at most. The cache holds every page but starts ' +
    'empty, as after a restart or a flush, and every entry expires after the TTL. Two variants ' +
    'run on identical traffic.',
  caption:
    'At the start every read misses and every miss queries the database, far more than it can ' +
    'answer: queues form, queries take longer, so more reads of the same hot ' +
    'page arrive while its query is running and each sends one more. Coalescing sends one query ' +
    'per page and lets the others wait for it. Later, pages stored together expire together and ' +
    'the database sees a wave of misses one TTL apart; jitter spreads the expiries out.',
  seed: 19,
  compare: { series: QUERIES_TITLE, line: 'A' },
  runLabel: ({ ttl, cureA }) => `${CURES[asCure(cureA)].label}, TTL ${ttl} s`,
  controls: [
    {
      kind: 'select',
      name: 'cureA',
      label: 'Variant A',
      default: 'none',
      options: (Object.keys(CURES) as CureName[]).map((value) => ({
        value,
        label: CURES[value].label,
      })),
      help: 'Drawn in the first colour.',
    },
    {
      kind: 'select',
      name: 'cureB',
      label: 'Variant B',
      default: 'coalesce',
      options: (Object.keys(CURES) as CureName[]).map((value) => ({
        value,
        label: CURES[value].label,
      })),
      help: 'Drawn in the second colour, on identical traffic.',
    },
    {
      kind: 'slider',
      name: 'ttl',
      label: 'Time to live',
      min: 5,
      max: 30,
      step: 5,
      default: 10,
      unit: 's',
      help: 'How long an entry may be served after the miss that stored it.',
    },
  ],
  run(params, seed) {
    const a = run(params.ttl, params.cureA, seed);
    const b = run(params.ttl, params.cureB, seed);
    const secs = a.series.t.map((t) => (t + a.series.resolutionMs / 2) / 1000);
    const line = (label: string, values: readonly number[]) => ({
      label,
      points: secs.map((x, i) => [x, values[i] ?? NaN] as const),
    });
    const series: Series[] = [
      {
        title: QUERIES_TITLE,
        xLabel: 'Simulated time (s)',
        yLabel: 'Queries per second',
        kind: 'line',
        lines: [line('A', a.series.dbQueriesPerSec), line('B', b.series.dbQueriesPerSec)],
      },
      {
        title: 'p95 latency over time (ms)',
        xLabel: 'Simulated time (s)',
        yLabel: 'p95 latency (ms)',
        kind: 'line',
        lines: [line('A', a.series.latencyP95Ms), line('B', b.series.latencyP95Ms)],
      },
    ];
    return {
      figures: [
        { label: 'A p99 latency', value: a.summary.latencyMs.p99, unit: 'ms' },
        { label: 'B p99 latency', value: b.summary.latencyMs.p99, unit: 'ms' },
        { label: 'A database queries', value: a.summary.dbQueriesPerSec, unit: '/s' },
        { label: 'B database queries', value: b.summary.dbQueriesPerSec, unit: '/s' },
        { label: 'B reads that waited for another’s query', value: b.summary.coalesced },
      ],
      series,
    };
  },
});
