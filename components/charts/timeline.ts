/**
 * Charts over simulated time, shared by the lessons' simulations: the time axis of a run's
 * recorded series, its lines, and the two charts most chapters show (latency over time, requests
 * per second). Pure data, no DOM: simulations run in a Worker, at build time and in unit tests.
 */
import type { Point, Series, SeriesLine } from '../../engine/exercise/types.ts';
import type { SeriesMetricName, SeriesResult } from '../../engine/observe/recorder.ts';

/** The x-axis label of every chart over a run's time. */
export const TIME_AXIS = 'Simulated time (s)';

/**
 * Where a bucket's point sits on the time axis: `middle` for values measured over the bucket (a
 * rate, a percentile of the requests that finished in it), `end` for values as a scrape reads them
 * when the bucket closes (what a dashboard or an alert sees).
 */
export type BucketAnchor = 'middle' | 'end';

/** The time axis of one run, and lines and charts drawn on it (plain functions: safe to destructure). */
export interface Timeline {
  /** The x of each bucket, in simulated seconds. */
  readonly seconds: readonly number[];
  /** One value per bucket, times `scale` (100 turns a fraction into percent). */
  readonly line: (
    label: string,
    values: readonly number[] | undefined,
    scale?: number,
  ) => SeriesLine;
  /** A count per bucket as a rate per second, whatever the bucket's width. */
  readonly perSecond: (label: string, countsPerBucket: readonly number[] | undefined) => SeriesLine;
  /** A flat line across the whole run, e.g. a target. */
  readonly level: (label: string, value: number) => SeriesLine;
  /** A line chart over the run's time. */
  readonly chart: (title: string, yLabel: string, lines: SeriesLine[]) => Series;
}

/** The time axis of a run's recorded series (`SimResult.series`). */
export function timeline(
  series: Pick<SeriesResult, 't' | 'resolutionMs'>,
  anchor: BucketAnchor = 'middle',
): Timeline {
  const offsetMs = anchor === 'middle' ? series.resolutionMs / 2 : series.resolutionMs;
  const seconds = series.t.map((t) => (t + offsetMs) / 1000);
  const line = (label: string, values: readonly number[] | undefined, scale = 1): SeriesLine => ({
    label,
    points: seconds.map((x, i): Point => [x, (values?.[i] ?? NaN) * scale]),
  });
  return {
    seconds,
    line,
    perSecond: (label, counts) => line(label, counts, 1000 / series.resolutionMs),
    level: (label, value) => ({
      label,
      points: [
        [seconds[0] ?? 0, value],
        [seconds[seconds.length - 1] ?? 0, value],
      ],
    }),
    chart: (title, yLabel, lines) => ({ title, xLabel: TIME_AXIS, yLabel, kind: 'line', lines }),
  };
}

/** A latency statistic the recorder keeps per bucket. */
export type LatencyStat = 'mean' | 'p50' | 'p95' | 'p99';

const LATENCY_METRIC: Record<LatencyStat, SeriesMetricName> = {
  mean: 'latencyMeanMs',
  p50: 'latencyP50Ms',
  p95: 'latencyP95Ms',
  p99: 'latencyP99Ms',
};

/** How a latency chart is titled and which statistics it draws. */
export interface LatencyChartOptions {
  /** Chart heading (simulations compare runs by it). Default "Latency over time". */
  title?: string;
  /** Lines in order. Default p50 and p95. */
  stats?: readonly LatencyStat[];
  /** Legend labels that differ from the statistic's name, e.g. `{ p50: 'p50 (median)' }`. */
  labels?: Partial<Record<LatencyStat, string>>;
}

/** Latency percentiles of the requests that finished in each bucket. */
export function latencyOverTime(
  tl: Timeline,
  series: Pick<SeriesResult, 'metrics'>,
  { title = 'Latency over time', stats = ['p50', 'p95'], labels = {} }: LatencyChartOptions = {},
): Series {
  return tl.chart(
    title,
    'Latency (ms)',
    stats.map((s) => tl.line(labels[s] ?? s, series.metrics[LATENCY_METRIC[s]])),
  );
}

/** Legend labels of the requests chart: arriving, answered, and lost (failed or refused). */
export interface RequestsChartOptions {
  title?: string;
  labels?: { arriving?: string; answered?: string; lost?: string };
}

/** Requests per second over the run: arriving, answered, and lost (failed or refused). */
export function requestsPerSecond(
  tl: Timeline,
  series: Pick<SeriesResult, 'metrics'>,
  { title = 'Requests per second', labels = {} }: RequestsChartOptions = {},
): Series {
  const m = series.metrics;
  return tl.chart(title, 'Requests per second', [
    tl.line(labels.arriving ?? 'Arriving', m.arrivalsPerSec),
    tl.line(labels.answered ?? 'Answered', m.throughputPerSec),
    // `errors` counts per bucket; the other two are already rates.
    tl.perSecond(labels.lost ?? 'Lost', m.errors),
  ]);
}
