/**
 * The engine under abuse (issue 17): every scenario, valid or not, either runs within the limits of
 * `engine/core/limits.ts` or is refused up front with one line naming the field, the limit and why;
 * overload is a result (`summary.stoppedEarly`), never a crash. Time and memory bounds here are
 * far above normal (a loaded, shared machine must never make them flaky): they catch a hang or a
 * gigabyte, not a regression of a few percent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  checkScenario,
  excerpt,
  limits,
  simulate,
  SimulationRun,
  type Scenario,
} from 'archlab';
import { peakSpikeFactor } from '../../../engine/model/traffic.ts';

const ok: Scenario = {
  durationMs: 1000,
  traffic: { kind: 'poisson', ratePerSec: 10 },
  servers: [{ serviceTime: { kind: 'exponential', mean: 10 } }],
};

/** The ConfigError `fn` throws (fails the test if it throws anything else or nothing). */
function refusal(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

/** A one-line message of bounded length. */
function expectOneLine(message: string, max = 400): void {
  expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(message.length).toBeLessThanOrEqual(max);
}

/** Nested `depth` levels of `open`…`close` around `inner`, as JSON text (no recursion needed). */
function nestedJson(open: string, inner: string, close: string, depth: number): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

function deepDistribution(depth: number): unknown {
  let d: unknown = { kind: 'constant', value: 1 };
  for (let i = 0; i < depth; i++) d = { kind: 'bimodal', low: d, high: 1, pHigh: 0.5 };
  return d;
}

describe('refused up front, with the field, the limit and why', () => {
  it.each([
    [
      'JSON nested thousands of levels where a number is expected',
      () => JSON.parse(`{"durationMs":${nestedJson('[', '1', ']', 5000)}}`) as unknown,
      'durationMs[0]',
      'MAX_DEPTH',
    ],
    [
      'an object nested thousands of levels deep',
      () => JSON.parse(`{"traffic":${nestedJson('{"a":', '1', '}', 5000)}}`) as unknown,
      'traffic.a',
      'MAX_DEPTH',
    ],
    [
      'distributions nested 3000 levels deep',
      () => ({ ...ok, servers: [{ serviceTime: deepDistribution(3000) }] }),
      'servers[0].serviceTime.low',
      'MAX_DEPTH',
    ],
    [
      '100 000 servers',
      () => ({ ...ok, servers: Array.from({ length: 100_000 }, () => ({ serviceTime: 1 })) }),
      'servers',
      'MAX_SERVERS',
    ],
    [
      '1000 servers at 1 ms resolution for 100 s (servers × buckets)',
      () => ({
        ...ok,
        durationMs: 100_000,
        resolutionMs: 1,
        servers: Array.from({ length: 1000 }, () => ({ serviceTime: 1 })),
      }),
      'resolutionMs',
      'MAX_SERIES_VALUES',
    ],
    [
      'a cyclic object (a learner can build one)',
      () => {
        const a: Record<string, unknown> = { kind: 'bimodal', high: 1, pHigh: 0.5 };
        a['low'] = a;
        return { ...ok, servers: [{ serviceTime: a }] };
      },
      'servers[0].serviceTime.low',
      'MAX_DEPTH',
    ],
    [
      'a billion requests per second for a day',
      () => ({ ...ok, durationMs: 86_400_000, traffic: { kind: 'poisson', ratePerSec: 1e9 } }),
      'traffic.ratePerSec',
      'MAX_EVENTS',
    ],
    [
      'health checks every microsecond for a day',
      () => ({
        ...ok,
        durationMs: 86_400_000,
        traffic: { kind: 'poisson', ratePerSec: 0.001 },
        loadBalancer: { healthCheck: { intervalMs: 0.001 } },
      }),
      'loadBalancer.healthCheck.intervalMs',
      'MAX_EVENTS',
    ],
    [
      'constant traffic at rate 0 for 30 years',
      () => ({ ...ok, durationMs: 1e12, traffic: { kind: 'constant', ratePerSec: 0 } }),
      'traffic',
      'MAX_EVENTS',
    ],
    [
      'log flushes every nanosecond',
      () => ({
        ...ok,
        durationMs: 1e9,
        resolutionMs: 1e6,
        traffic: { kind: 'poisson', ratePerSec: 0.001 },
        logs: { flushIntervalMs: 1e-6 },
      }),
      'logs.flushIntervalMs',
      'MAX_EVENTS',
    ],
    [
      'a burn-rate alert reading hours of 1 ms buckets at every bucket',
      () => ({
        ...ok,
        durationMs: 100_000,
        resolutionMs: 1,
        alerts: [{ name: 'burn', kind: 'burn-rate', objective: 0.99 }],
      }),
      'alerts',
      'MAX_EVENTS',
    ],
    [
      'a list scanned per request with 10 000 spikes',
      () => ({
        ...ok,
        traffic: {
          kind: 'poisson',
          ratePerSec: 10,
          spikes: Array.from({ length: 10_000 }, (_, i) => ({
            atMs: i,
            durationMs: 1,
            multiplier: 2,
          })),
        },
      }),
      'traffic.spikes',
      'MAX_LIST_ITEMS',
    ],
    [
      'a 50 MB string in a numeric field',
      () => ({ ...ok, durationMs: 'x'.repeat(50 * 2 ** 20) }),
      'durationMs',
      'MAX_STRING_LENGTH',
    ],
  ])('%s', (_name, make, field, limit) => {
    const scenario = make();
    const t0 = performance.now();
    const err = refusal(() => simulate(scenario as Scenario, { seed: 1 }));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(err.field.startsWith(field), `${err.field} starts with ${field}`).toBe(true);
    expect(err.message).toContain(limit);
    expectOneLine(err.message);
  });

  it('quotes a short, escaped excerpt of a bad value, never all of it', () => {
    const huge = `${'a\n"b\u2028'.repeat(10)}${'z'.repeat(5000)}`;
    const err = refusal(() => checkScenario({ ...ok, durationMs: huge }));
    expectOneLine(err.message, 300);
    expect(err.message).toContain('(5050 characters)');
    expect(excerpt('x'.repeat(50 * 2 ** 20))).toMatch(/^"x+… \(52428800 characters\)$/);
    expect(excerpt(Array(1e6).fill(1)).length).toBeLessThan(100);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(excerpt(deep)).toBe('[[[[…]]]]');
  });

  it('validates nested distributions in linear time (a 100 KB tree of mixtures)', () => {
    // Eight levels (as deep as MAX_DEPTH allows), each with a 250-way sibling: over 100 KB of JSON, checked once per node.
    let mix: unknown = { kind: 'exponential', mean: 1 };
    const wide = {
      kind: 'mixture',
      components: Array.from({ length: 250 }, () => ({
        weight: 1,
        dist: { kind: 'uniform', min: 1, max: 2 },
      })),
    };
    for (let i = 0; i < 8; i++)
      mix = {
        kind: 'mixture',
        components: [
          { weight: 1, dist: mix },
          { weight: 1, dist: wide },
        ],
      };
    const scenario = { ...ok, servers: [{ serviceTime: mix }] } as Scenario;
    expect(JSON.stringify(scenario).length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) checkScenario(scenario);
    const r = simulate(scenario, { seed: 1 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.summary.completed).toBeGreaterThan(0);
  });
});

describe('traffic spikes', () => {
  it('bounds thinning by the largest product of spikes in force at once, not of all spikes', () => {
    const spike = (atMs: number, durationMs: number, multiplier: number) => ({
      atMs,
      durationMs,
      multiplier,
    });
    expect(peakSpikeFactor([spike(0, 10, 1000), spike(100, 10, 1000)])).toBe(1000);
    expect(peakSpikeFactor([spike(0, 10, 3), spike(5, 10, 4), spike(12, 10, 5)])).toBe(20);
    expect(peakSpikeFactor([spike(0, 10, 0.5), spike(20, 0, 100)])).toBe(1);
    // A spike after the run ends does not count.
    expect(peakSpikeFactor([spike(5000, 10, 100)], 1000)).toBe(1);
  });

  it('runs five non-overlapping 1000× spikes quickly (before: cost grew with their product)', () => {
    const t0 = performance.now();
    const r = simulate(
      {
        ...ok,
        durationMs: 60_000,
        traffic: {
          kind: 'poisson',
          ratePerSec: 10,
          spikes: [0, 1, 2, 3, 4].map((i) => ({
            atMs: 10_000 * i,
            durationMs: 100,
            multiplier: 1000,
          })),
        },
        servers: [{ cores: 64, serviceTime: 1 }],
      },
      { seed: 1 },
    );
    expect(performance.now() - t0).toBeLessThan(10_000);
    // 10/s for 60 s plus 10 000/s for 5 × 0.1 s: about 5600 arrivals.
    expect(r.summary.arrived).toBeGreaterThan(4500);
    expect(r.summary.arrived).toBeLessThan(7000);
  });
});

describe('overload is a result', () => {
  it('stops early when more requests are in the system than the engine holds, and says why', () => {
    // 2000 requests/s into one 100 ms server for an hour: it answers 10/s.
    const r = simulate(
      {
        durationMs: 3_600_000,
        traffic: { kind: 'poisson', ratePerSec: 2000 },
        servers: [{ serviceTime: 100 }],
      },
      { seed: 1 },
    );
    const s = r.summary.stoppedEarly;
    expect(s).toBeDefined();
    expect(s!.reason).toBe('in-flight-limit');
    expect(s!.limit).toBe(limits.MAX_IN_FLIGHT);
    // It takes about 200 000 / 1990 ≈ 100 s to pile up that many.
    expect(s!.atMs).toBeGreaterThan(90_000);
    expect(s!.atMs).toBeLessThan(115_000);
    expect(s!.message).toMatch(
      /^Stopped at 10\d s of 3,600 s: .* arrived at 1,9\d\d\/s and were answered at 10\/s/,
    );
    expectOneLine(s!.message);
    // The series end where the run stopped, and show the queue growing.
    const t = r.series.t;
    expect(t[t.length - 1]!).toBeLessThan(s!.atMs);
    const q = r.series.metrics.queueLength;
    for (let i = 1; i < q.length; i++) expect(q[i]!).toBeGreaterThan(q[i - 1]!);
    expect(q[q.length - 1]!).toBeGreaterThan(150_000);
    expect(r.summary.inFlightAtEnd).toBe(limits.MAX_IN_FLIGHT + 1);
  });

  it('stops at a caller’s event budget (a retry storm) with the reason in the result', () => {
    const run = new SimulationRun(
      {
        ...ok,
        durationMs: 600_000,
        traffic: { kind: 'poisson', ratePerSec: 200 },
        servers: [{ workers: 10_000, serviceTime: 1 }],
        externalApi: {
          errorRate: 1,
          latencyMs: 1,
          retry: () => 0,
        },
      },
      { seed: 1, maxEvents: 50_000 },
    );
    run.runUntil(Infinity);
    expect(run.done).toBe(true);
    const r = run.result();
    expect(r.summary.events).toBe(50_000);
    expect(r.summary.stoppedEarly?.reason).toBe('event-limit');
    expect(r.summary.stoppedEarly?.message).toContain(
      '50,000 events (the limit this run was given)',
    );
    expect(r.summary.stoppedEarly!.atMs).toBeLessThan(600_000);
    // The result is plain data the widget can show (structured clone and JSON safe).
    expect(JSON.parse(JSON.stringify(r.summary.stoppedEarly))).toEqual(r.summary.stoppedEarly);
  });
});

describe('fuzzing the scenario validator (fast-check)', () => {
  /** Outcome of one input: a config, or a ConfigError with a one-line bounded message. */
  function validates(input: unknown): boolean {
    try {
      checkScenario(input);
      return true;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      expectOneLine(err.message, 700);
      return false;
    }
  }

  it('any JSON value: a config or a ConfigError, never another error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        validates(v);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  /** A valid scenario with one field, anywhere in it, replaced by an arbitrary value. */
  const base: Scenario = {
    durationMs: 2000,
    resolutionMs: 100,
    traffic: {
      kind: 'poisson',
      ratePerSec: 50,
      spikes: [{ atMs: 500, durationMs: 200, multiplier: 3 }],
      requestTypes: [
        { name: 'a', weight: 1, sizeBytes: { kind: 'uniform', min: 1, max: 2 } },
        { name: 'b', weight: 1, cost: 2 },
      ],
    },
    servers: [
      { cores: 2, serviceTime: { kind: 'lognormal', median: 5, sigma: 0.5 }, queueCapacity: 20 },
      {
        serviceTime: {
          kind: 'mixture',
          components: [{ weight: 1, dist: { kind: 'exponential', mean: 3 } }],
        },
      },
    ],
    loadBalancer: { strategy: 'least-connections', healthCheck: { intervalMs: 200 } },
    network: { client: { latencyMs: 2, lossRate: 0.01 } },
    database: { capacity: 2, queryTimeMs: 1 },
    externalApi: { latencyMs: 5, errorRate: 0.1, retry: { maxAttempts: 2 } },
    logs: { mode: 'shipped' },
    alerts: [{ name: 'e', metric: 'errorRate', op: '>', threshold: 0.1 }],
    autoscaler: { max: 4, intervalMs: 500, bootMs: 100 },
  };

  /** Every path to a value inside `v`. */
  function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    const out: (string | number)[][] = [prefix];
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
    return out;
  }
  const allPaths = paths(base).filter((p) => p.length > 0);

  function mutate(path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
    let o = copy;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    o[path[path.length - 1]!] = value;
    return copy;
  }

  const hostileValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      -1,
      0,
      1e-300,
      1e300,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
      '',
      'x'.repeat(20_000),
      [],
      {},
      null,
    ),
    fc.double(),
    fc.integer(),
  );

  it('one field of a valid scenario replaced: validates or is refused, and a run ends within its budget', () => {
    expect(validates(base)).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), hostileValue, (path, value) => {
        const input = mutate(path, value);
        if (!validates(input)) return;
        try {
          // A tight event budget keeps each fuzzed run short; what is checked is that it ends.
          const r = simulate(input as Scenario, { seed: 3, maxEvents: 200_000 });
          expect(r.summary.events).toBeLessThanOrEqual(200_000);
          expect(Number.isFinite(r.summary.measuredMs)).toBe(true);
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          expectOneLine(err.message, 700);
        }
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});

describe('the CLI on hostile files (exit codes, one-line messages, time and memory)', () => {
  let dir: string;
  const root = new URL('../../../', import.meta.url).pathname;
  const cli = join(root, 'engine/cli.ts');
  const child = join(root, 'tests/unit/engine/support/run-scenario-file.ts');

  const files: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'archlab-hostile-'));
    const put = (name: string, text: string) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], text);
    };
    const j = (o: unknown) => JSON.stringify(o);
    put('deep-number.json', `{"durationMs":${nestedJson('[', '1', ']', 5000)}}`);
    put('deep-dist.json', j({ ...ok, servers: [{ serviceTime: deepDistribution(3000) }] }));
    put(
      'overload.json',
      j({
        durationMs: 3_600_000,
        traffic: { kind: 'poisson', ratePerSec: 2000 },
        servers: [{ serviceTime: 100 }],
      }),
    );
    put(
      'servers-buckets.json',
      j({
        ...ok,
        durationMs: 100_000,
        resolutionMs: 1,
        servers: Array(1000).fill({ serviceTime: 1 }),
      }),
    );
    put('huge-string.json', `{"durationMs":"${'x'.repeat(50 * 2 ** 20)}"}`);
    put('not-json.json', `{"durationMs": 1000, ${'\u0007'.repeat(1000)}`);
    put('valid.json', j(ok));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function cliRun(name: string) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, files[name]!], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { ...r, ms: performance.now() - t0 };
  }

  it.each([
    ['deep-number.json', 2, /durationMs\[0\].*nested more than 32 levels deep \(limit MAX_DEPTH/],
    ['deep-dist.json', 2, /servers\[0\]\.serviceTime\.low.*MAX_DEPTH/],
    ['servers-buckets.json', 2, /resolutionMs: .* at most 8,000,000 \(limit MAX_SERIES_VALUES/],
    ['huge-string.json', 2, /has \d+ bytes; at most 1000000 \(limit MAX_SCENARIO_FILE_BYTES/],
    ['not-json.json', 2, /is not valid JSON/],
  ])('%s exits %i with one line', (name, code, pattern) => {
    const r = cliRun(name);
    expect(r.status, r.stderr).toBe(code);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!).toMatch(pattern);
    expect(lines[0]!.length).toBeLessThan(500);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('an overloaded scenario exits 0 with the stop in the summary and a note', () => {
    const r = cliRun('overload.json');
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { stoppedEarly?: { reason: string } };
    expect(summary.stoppedEarly?.reason).toBe('in-flight-limit');
    expect(r.stderr).toMatch(/^note: Stopped at \d+ s of 3,600 s: /);
  });

  it('npm run sim runs the same CLI', () => {
    const r = spawnSync('npm', ['run', '-s', 'sim', '--', files['valid.json']!], {
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { arrived: number }).arrived).toBeGreaterThan(0);
  });

  it.each([
    // Before: 1.3 GB, then a crash at 4 194 304 requests in flight.
    ['overload.json', 'ran', 700],
    // Before: over 4 GB.
    ['servers-buckets.json', 'refused', 300],
    ['deep-dist.json', 'refused', 300],
  ])('%s in a child process: %s, peak memory under %i MB', (name, kind, maxMb) => {
    const r = spawnSync(process.execPath, [child, files[name]!], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { kind: string; maxRssMb: number };
    expect(out.kind).toBe(kind);
    expect(out.maxRssMb).toBeLessThan(maxMb);
  });
});
