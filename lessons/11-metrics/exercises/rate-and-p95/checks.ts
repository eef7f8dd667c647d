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

/**
 * Counters scraped at uneven intervals that reset at arbitrary points: the process restarted
 * somewhere between two scrapes and had already counted again by the next one, so the sample
 * after a reset is rarely 0. A reset in the first interval, in the middle, in the last interval,
 * twice, and right after a scrape (the next sample is small, not 0).
 */
const RESET_CASES: { name: string; samples: Sample[] }[] = [
  {
    name: 'a restart between 30 s and 45 s (every 15 s)',
    samples: [
      { tMs: 0, value: 1000 },
      { tMs: 15_000, value: 1600 },
      { tMs: 30_000, value: 2300 },
      { tMs: 45_000, value: 150 },
      { tMs: 60_000, value: 900 },
      { tMs: 75_000, value: 1500 },
    ],
  },
  {
    name: 'a restart in the first interval (every 10 s)',
    samples: [
      { tMs: 10_000, value: 5000 },
      { tMs: 20_000, value: 40 },
      { tMs: 30_000, value: 640 },
      { tMs: 40_000, value: 1240 },
    ],
  },
  {
    name: 'a restart in the last interval (every 5 s)',
    samples: [
      { tMs: 5000, value: 12_000 },
      { tMs: 10_000, value: 12_250 },
      { tMs: 15_000, value: 12_500 },
      { tMs: 20_000, value: 310 },
    ],
  },
  {
    name: 'two restarts, scrapes 7 to 13 s apart',
    samples: [
      { tMs: 3000, value: 800 },
      { tMs: 10_000, value: 870 },
      { tMs: 23_000, value: 95 },
      { tMs: 31_000, value: 180 },
      { tMs: 38_000, value: 22 },
      { tMs: 49_000, value: 130 },
    ],
  },
];

/** Prometheus's rule: after a drop, the process counted from 0, so the increase is the new value. */
function ruleRate(samples: readonly Sample[]): { perSec: number; resets: string[] } {
  let increase = 0;
  const resets: string[] = [];
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1]!;
    const cur = samples[i]!;
    if (cur.value < prev.value) {
      increase += cur.value;
      resets.push(`${prev.value} → ${cur.value} at ${cur.tMs / 1000} s`);
    } else increase += cur.value - prev.value;
  }
  const seconds = (samples[samples.length - 1]!.tMs - samples[0]!.tMs) / 1000;
  return { perSec: increase / seconds, resets };
}

const close = (got: number, want: number) => Math.abs(got - want) < 1e-6 * Math.max(1, want);

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

/** Hand-made buckets: the chapter's table, and ranks that land on a bucket's exact edge. */
const HAND_BUCKETS: { name: string; q: number; buckets: Bucket[] }[] = [
  {
    name: 'the chapter’s table',
    q: 0.95,
    buckets: [
      { le: 50, count: 700 },
      { le: 100, count: 900 },
      { le: 250, count: 980 },
      { le: Infinity, count: 1000 },
    ],
  },
  {
    name: 'a rank in the first bucket (lower bound 0)',
    q: 0.3,
    buckets: [
      { le: 20, count: 400 },
      { le: 40, count: 700 },
      { le: 80, count: 950 },
      { le: Infinity, count: 1000 },
    ],
  },
  {
    name: 'an empty bucket before the one holding the rank',
    q: 0.9,
    buckets: [
      { le: 10, count: 50 },
      { le: 25, count: 50 },
      { le: 50, count: 80 },
      { le: 100, count: 200 },
      { le: Infinity, count: 200 },
    ],
  },
];

/** Buckets whose tail overflows into +Inf. */
const INF_CASES: Bucket[][] = [
  [
    { le: 100, count: 90 },
    { le: Infinity, count: 100 },
  ],
  [
    { le: 50, count: 300 },
    { le: 250, count: 900 },
    { le: Infinity, count: 1000 },
  ],
];

const fmtMs = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const bucketText = (bs: readonly Bucket[]) =>
  bs.map((b) => `≤${b.le === Infinity ? '+Inf' : b.le}: ${b.count}`).join(', ');

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
            close(got, want),
            `window ending at ${end} s (scrapes 1 s apart, tMs in milliseconds): expected ${want.toFixed(1)} requests/s, got ${got.toPrecision(4)}${Math.abs(got * 1000 - want) < 1e-6 * Math.max(1, want) ? ': that is per millisecond' : ''}`,
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
            close(got, want),
            `window ending at ${t} s (the server crashed at 20 s and its counter restarted from 0): expected ${want.toFixed(1)} requests/s, got ${got.toPrecision(4)}${got < want ? ', too low: the requests counted after the restart are increase too' : ''}`,
          );
        });
        return 'right in every window, across the restart';
      },
    },
    {
      name: 'rate() counts from 0 after a reset at any point, whatever it reads next',
      run: (learner) => {
        for (const c of RESET_CASES) {
          const got = learnerRate(learner, c.samples);
          const { perSec: want, resets } = ruleRate(c.samples);
          expectTrue(
            close(got, want),
            `${c.name}, counter ${c.samples.map((x) => x.value).join(', ')}: expected ` +
              `${want.toFixed(3)} per second, got ${got.toPrecision(4)}. The counter fell ` +
              `(${resets.join('; ')}): the process restarted and counted again from 0, so the ` +
              `increase over that interval is the value read after the drop, not 0 and not negative`,
          );
        }
        return `right for ${RESET_CASES.length} counters with resets at arbitrary points and values`;
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
        for (const c of HAND_BUCKETS) {
          const got: unknown = learner.quantileFromBuckets(
            c.q,
            c.buckets.map((b) => ({ ...b })),
          );
          const want = reference(c.q, c.buckets);
          expectTrue(
            typeof got === 'number' && Math.abs(got - want) <= 1e-6 * want,
            `${c.name}, q = ${c.q}, buckets ${bucketText(c.buckets)}: expected ${fmtMs(want)} ms ` +
              `(rank ${c.q} × ${c.buckets[c.buckets.length - 1]!.count}, interpolated between the ` +
              `bucket's lower bound and its le), got ${describe(got)}`,
          );
        }
        return `${parts.join(', ')}; the mean is only ${mean.toFixed(0)} ms: averages hide the tail`;
      },
    },
    {
      name: 'quantileFromBuckets() returns the last finite bound when the rank is in +Inf',
      run: (learner) => {
        for (const bs of INF_CASES) {
          for (const q of [0.95, 0.999]) {
            const want = reference(q, bs);
            if (want !== bs[bs.length - 2]!.le) continue;
            const got: unknown = learner.quantileFromBuckets(
              q,
              bs.map((b) => ({ ...b })),
            );
            expectTrue(
              got === want,
              `q = ${q}, buckets ${bucketText(bs)}: the rank ${q * bs[bs.length - 1]!.count} ` +
                `falls in the +Inf bucket, where nothing is known beyond ${want} ms: expected ` +
                `${want}, got ${describe(got)}`,
            );
          }
        }
        return 'reports the last finite bound, as histogram_quantile does';
      },
    },
  ],
});
