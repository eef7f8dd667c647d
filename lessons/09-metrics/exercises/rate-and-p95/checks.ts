import {
  Counter,
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type SimResult,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Sample = Solution.Sample;
type Bucket = Solution.Bucket;

/** Prometheus-style bucket bounds for request latency, ms. */
const BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, Infinity];
/** A window of ten one-second scrapes, as rate(x[10s]) would use. */
const WINDOW = 10;

/** One server at 80 % load that crashes at 20 s and is back 3 s later. */
function run(): SimResult {
  return simulate(
    {
      durationMs: 45_000,
      resolutionMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: 80 },
      servers: [
        {
          name: 'web1',
          serviceTime: { kind: 'exponential', mean: 10 },
          crashes: [{ atMs: 20_000, downMs: 3000 }],
        },
      ],
    },
    { seed: 9, trace: 5000 },
  );
}

let cache: SimResult | undefined;
const result = () => (cache ??= run());

/**
 * The server's requests_served_total counter, scraped every second. It lives in the server's
 * memory, so the restart after the crash starts it again from 0.
 */
function scrapes(): Sample[] {
  const s = result().series;
  const served = s.servers[0]!.metrics.throughputPerSec;
  const up = s.servers[0]!.metrics.up;
  let counter = new Counter();
  const out: Sample[] = [{ tMs: 0, value: 0 }];
  served.forEach((perSec, i) => {
    if (up[i]! < 1) counter = new Counter();
    counter.inc(Math.round((perSec * s.resolutionMs) / 1000));
    out.push({ tMs: s.t[i]! + s.resolutionMs, value: counter.value });
  });
  return out;
}

/** Requests actually served in the window ending at sample `end`, per second. */
function trueRate(end: number): number {
  const served = result().series.servers[0]!.metrics.throughputPerSec;
  let sum = 0;
  for (let i = end - WINDOW; i < end; i++) sum += served[i]!;
  return sum / WINDOW;
}

function learnerRate(learner: Learner, window: Sample[]): number {
  const r: unknown = learner.rate(window.map((x) => ({ ...x })));
  if (typeof r !== 'number' || Number.isNaN(r))
    fail(`rate() should return a number, got ${describe(r)}`);
  return r;
}

/** Cumulative buckets of the latencies of the successful requests. */
function buckets(): Bucket[] {
  const lat = (result().traces ?? [])
    .filter((t) => t.status === 'ok')
    .map((t) => t.endMs - t.arrivalMs);
  return BOUNDS.map((le) => ({ le, count: lat.filter((x) => x <= le).length }));
}

/** The reference estimate, as Prometheus's histogram_quantile computes it. */
function reference(q: number, bs: Bucket[]): number {
  const rank = q * bs[bs.length - 1]!.count;
  let lower = 0;
  let below = 0;
  for (const b of bs) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lower;
      return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    }
    lower = b.le;
    below = b.count;
  }
  return lower;
}

export default defineChecks<Learner>({
  exports: ['rate', 'quantileFromBuckets'],
  checks: [
    {
      name: 'rate() gives requests per second from a steady counter',
      run: (learner) => {
        const samples = scrapes();
        for (const end of [12, 18]) {
          const got = learnerRate(learner, samples.slice(end - WINDOW, end + 1));
          const want = trueRate(end);
          expectTrue(
            Math.abs(got - want) < 1e-6 * Math.max(1, want),
            `window ending at ${end} s: expected ${want.toFixed(1)} requests/s, got ${got.toPrecision(4)}`,
          );
        }
        return `about ${trueRate(18).toFixed(1)} requests/s, matching the engine`;
      },
    },
    {
      name: 'rate() survives the counter resetting to 0 when the server restarts',
      run: (learner, { chart }) => {
        const samples = scrapes();
        const points: [number, number][] = [];
        const truth: [number, number][] = [];
        for (let end = WINDOW; end < samples.length; end++) {
          points.push([end, learnerRate(learner, samples.slice(end - WINDOW, end + 1))]);
          truth.push([end, trueRate(end)]);
        }
        chart({
          title: 'Requests per second over the last 10 s',
          xLabel: 'Simulated time (s)',
          yLabel: 'Requests per second',
          kind: 'line',
          lines: [
            { label: 'your rate()', points },
            { label: 'served (engine)', points: truth },
            {
              label: 'raw counter ÷ 10',
              points: samples.slice(WINDOW).map((x, i) => [i + WINDOW, x.value / 10]),
            },
          ],
        });
        points.forEach(([t, got], i) => {
          const want = truth[i]![1];
          expectTrue(
            Math.abs(got - want) < 1e-6 * Math.max(1, want),
            `window ending at ${t} s (the crash was at 20 s): expected ${want.toFixed(1)} requests/s, got ${got.toPrecision(4)}. Did the counter drop back to 0?`,
          );
        });
        return 'right in every window, across the restart';
      },
    },
    {
      name: 'quantileFromBuckets() estimates p50, p95 and p99 as histogram_quantile does',
      run: (learner, { chart }) => {
        const bs = buckets();
        const lat = (result().traces ?? []).filter((t) => t.status === 'ok');
        const mean = lat.reduce((a, t) => a + t.endMs - t.arrivalMs, 0) / lat.length;
        chart({
          title: 'Latency histogram (requests per bucket)',
          xLabel: 'Latency bucket (ms)',
          yLabel: 'Requests',
          kind: 'bar',
          categories: BOUNDS.map(
            (le, i) => `${i === 0 ? 0 : BOUNDS[i - 1]}–${le === Infinity ? '∞' : le}`,
          ),
          lines: [
            {
              label: 'requests',
              points: bs.map((b, i) => [i, b.count - (i > 0 ? bs[i - 1]!.count : 0)]),
            },
          ],
        });
        const parts: string[] = [];
        for (const q of [0.5, 0.95, 0.99]) {
          const got: unknown = learner.quantileFromBuckets(
            q,
            bs.map((b) => ({ ...b })),
          );
          const want = reference(q, bs);
          if (typeof got !== 'number') fail(`quantileFromBuckets(${q}) returned ${describe(got)}`);
          expectTrue(
            Math.abs(got - want) <= 1e-6 * want,
            `p${q * 100}: expected ${want.toFixed(1)} ms (interpolated inside its bucket), got ${describe(got)}`,
          );
          parts.push(`p${q * 100} ≈ ${want.toFixed(0)} ms`);
        }
        const edge: unknown = learner.quantileFromBuckets(0.999, [
          { le: 100, count: 90 },
          { le: Infinity, count: 100 },
        ]);
        expectTrue(
          edge === 100,
          `when the rank falls in the +Inf bucket, return the last finite bound (100), got ${describe(edge)}`,
        );
        return `${parts.join(', ')}; the mean is only ${mean.toFixed(0)} ms: averages hide the tail`;
      },
    },
  ],
});
