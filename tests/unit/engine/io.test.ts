import { describe, expect, it } from 'vitest';
import { exponentialBackoff, simulate, type RetryPolicyFn, type Scenario } from 'archlab';
import { rel } from './stats.ts';

const light = (extra: Partial<Scenario>): Scenario => ({
  durationMs: 60_000,
  traffic: { kind: 'poisson', ratePerSec: 20 },
  servers: [{ cores: 8, serviceTime: 10 }],
  ...extra,
});

describe('network link', () => {
  it('adds one-way latency each way to the response time', () => {
    const r = simulate(light({ network: { client: { latencyMs: 25 } } }), { seed: 1 });
    expect(r.summary.latencyMs.mean).toBeCloseTo(60, 6);
  });

  it('counts bytes in and out, and bandwidth serialises messages', () => {
    const r = simulate(
      light({
        traffic: {
          kind: 'constant',
          ratePerSec: 5,
          requestTypes: [{ name: 'page', weight: 1, sizeBytes: 12_500 }],
        },
        network: { client: { bandwidthMbps: 1 }, requestBytes: 0 },
      }),
      { seed: 1 },
    );
    expect(r.summary.bytesOut).toBe(12_500 * (r.summary.completed + r.summary.inFlightAtEnd));
    // 12 500 B at 1 Mbit/s = 100 ms on the wire, plus 10 ms of service.
    expect(r.summary.latencyMs.mean).toBeCloseTo(110, 6);
    const perSec = r.series.metrics.bytesOutPerSec.slice(10, 110);
    expect(rel(perSec.reduce((a, b) => a + b, 0) / perSec.length, 62_500)).toBeLessThan(0.01);
  });

  it('packet loss costs a retransmission timeout; a partition fails requests', () => {
    const lossy = simulate(light({ network: { client: { lossRate: 0.1, retransmitMs: 200 } } }), {
      seed: 1,
    });
    // Each of 2 messages is lost with p = 0.1 (geometric retries): + 2 × 0.1/0.9 × 200 ms ≈ 44 ms.
    expect(rel(lossy.summary.latencyMs.mean - 10, 44.4)).toBeLessThan(0.1);
    const cut = simulate(
      light({ network: { client: { partitions: [{ atMs: 20_000, durationMs: 10_000 }] } } }),
      { seed: 1 },
    );
    expect(rel(cut.summary.failed, 200)).toBeLessThan(0.15);
    expect(cut.series.metrics.errorRate[cut.series.t.findIndex((t) => t >= 25_000)]).toBe(1);
  });
});

describe('database', () => {
  it('a networked query costs its round trip plus execution; local disk has no network', () => {
    const net = simulate(
      light({
        database: {
          kind: 'network',
          queryTimeMs: 5,
          queriesPerRequest: 2,
          link: { latencyMs: 1 },
        },
      }),
      { seed: 1 },
    );
    expect(net.summary.latencyMs.mean).toBeCloseTo(10 + 2 * (5 + 2), 6);
    expect(net.summary.database!.queries).toBeGreaterThan(2000);
    const local = simulate(
      light({ database: { kind: 'local', queryTimeMs: 5, queriesPerRequest: 2 } }),
      { seed: 1 },
    );
    expect(local.summary.latencyMs.mean).toBeCloseTo(20, 6);
  });

  it('a small connection pool makes requests wait; a bigger one does not', () => {
    const run = (poolSize: number) =>
      simulate(
        light({
          traffic: { kind: 'poisson', ratePerSec: 150 },
          database: { queryTimeMs: { kind: 'exponential', mean: 5 }, poolSize, capacity: 16 },
        }),
        { seed: 2 },
      ).summary.latencyMs.mean;
    expect(run(1)).toBeGreaterThan(1.5 * run(16));
  });

  it('request types choose their own number of queries', () => {
    const r = simulate(
      light({
        traffic: {
          kind: 'constant',
          ratePerSec: 10,
          requestTypes: [
            { name: 'cached', weight: 1, dbQueries: 0 },
            { name: 'report', weight: 1, dbQueries: 4 },
          ],
        },
        database: { queryTimeMs: 5, link: { latencyMs: 0 } },
      }),
      { seed: 1 },
    );
    expect(rel(r.summary.database!.queries / r.summary.arrived, 2)).toBeLessThan(0.05);
  });
});

describe('external API', () => {
  const api = (extra: NonNullable<Scenario['externalApi']>): Scenario =>
    light({
      traffic: { kind: 'poisson', ratePerSec: 100 },
      // Async I/O: a worker is not held while the API call is outstanding.
      servers: [{ cores: 8, serviceTime: 10, blockingIo: false }],
      externalApi: extra,
    });

  it('retries with backoff turn a 30% error rate into about 2.7% failures (3 attempts)', () => {
    const once = simulate(api({ errorRate: 0.3, latencyMs: 20 }), { seed: 1 }).summary;
    const thrice = simulate(
      api({ errorRate: 0.3, latencyMs: 20, retry: { maxAttempts: 3, baseDelayMs: 50 } }),
      { seed: 1 },
    ).summary;
    expect(rel(once.errorRate, 0.3)).toBeLessThan(0.05);
    expect(rel(thrice.errorRate, 0.027)).toBeLessThan(0.15);
    expect(thrice.externalApi!.retries).toBeGreaterThan(0);
  });

  it('without idempotency keys a timed-out charge that is retried is charged twice; with them, never', () => {
    const scenario = (idempotencyKeys: boolean) =>
      api({
        latencyMs: { kind: 'uniform', min: 500, max: 1500 },
        timeoutMs: 1000,
        retry: { maxAttempts: 3, baseDelayMs: 10 },
        idempotencyKeys,
      });
    const naive = simulate(scenario(false), { seed: 1 }).summary.externalApi!;
    const safeRun = simulate(scenario(true), { seed: 1 }).summary;
    const safe = safeRun.externalApi!;
    expect(naive.duplicateCharges).toBeGreaterThan(1000);
    expect(safe.duplicateCharges).toBe(0);
    // Every charge belongs to a distinct request.
    expect(safe.charges).toBeLessThanOrEqual(safeRun.arrived);
  });

  it('a rate limit answers 429 beyond its budget', () => {
    const r = simulate(api({ latencyMs: 20, rateLimitPerSec: 50, burst: 10 }), { seed: 1 });
    const a = r.summary.externalApi!;
    expect(rel(a.rateLimited / a.attempts, 0.5)).toBeLessThan(0.05);
  });

  it('an outage that never answers costs a timeout per attempt', () => {
    const r = simulate(
      api({ latencyMs: 20, timeoutMs: 300, outages: [{ atMs: 10_000, durationMs: 5000 }] }),
      { seed: 1, trace: 100_000 },
    );
    const timedOut = r.traces!.filter((t) => t.reason === 'api-timeout');
    expect(rel(timedOut.length, 500)).toBeLessThan(0.1);
    expect(timedOut.every((t) => t.endMs - t.arrivalMs >= 300)).toBe(true);
  });

  it('a learner retry policy is a plain function called with the attempt number', () => {
    const seen: number[] = [];
    const policy: RetryPolicyFn = (attempt) => {
      seen.push(attempt);
      return attempt < 2 ? 0 : null;
    };
    const r = simulate(api({ errorRate: 1, latencyMs: 5, retry: policy }), { seed: 1 });
    expect(new Set(seen)).toEqual(new Set([1, 2]));
    const a = r.summary.externalApi!;
    expect(Math.abs(a.attempts - 2 * a.failedCalls)).toBeLessThanOrEqual(5);
  });

  it('exponentialBackoff doubles, caps and jitters', () => {
    const state = { random: () => 0.5 };
    const none = exponentialBackoff({
      maxAttempts: 6,
      baseDelayMs: 100,
      maxDelayMs: 500,
      jitter: 'none',
    });
    expect([1, 2, 3, 4, 5, 6].map((a) => none(a, 'error', state))).toEqual([
      100,
      200,
      400,
      500,
      500,
      null,
    ]);
    const full = exponentialBackoff({ maxAttempts: 3, baseDelayMs: 100, jitter: 'full' });
    expect(full(2, 'timeout', state)).toBe(100);
    const equal = exponentialBackoff({ maxAttempts: 3, baseDelayMs: 100, jitter: 'equal' });
    expect(equal(2, 'timeout', state)).toBe(150);
  });
});

describe('log sink', () => {
  const withLogs = (mode: 'local' | 'shipped'): Scenario => ({
    durationMs: 30_000,
    traffic: { kind: 'constant', ratePerSec: 100 },
    servers: [{ serviceTime: 1, crashes: [{ atMs: 10_500, downMs: 1000 }] }, { serviceTime: 1 }],
    logs: { mode, batchSize: 1000, flushIntervalMs: 1000, keepRecords: 5 },
  });

  it('shipped logs: a crash loses only what was not yet shipped', () => {
    const r = simulate(withLogs('shipped'), { seed: 1 });
    const logs = r.summary.logs!;
    // s0 logs 50/s and ships every second: the crash at 10.5 s loses about 25 records.
    expect(logs.lost).toBeGreaterThan(15);
    expect(logs.lost).toBeLessThan(40);
    expect(logs.written).toBe(logs.stored + logs.lost + logs.pending);
  });

  it('local logs: the crashed machine’s disk and everything on it is gone', () => {
    const r = simulate(withLogs('local'), { seed: 1 });
    expect(r.summary.logs!.lost).toBeGreaterThan(500);
  });

  it('records are structured with request ids and levels', () => {
    const r = simulate(withLogs('shipped'), { seed: 1 });
    expect(r.logs).toHaveLength(5);
    for (const rec of r.logs) {
      expect(['info', 'warn', 'error']).toContain(rec.level);
      expect(Number.isInteger(rec.requestId)).toBe(true);
      expect(rec.server).toMatch(/^s[01]$/);
    }
    const errors = simulate(
      { ...withLogs('shipped'), servers: [{ serviceTime: 50, queueCapacity: 0 }] },
      { seed: 1 },
    );
    expect(errors.logs.some((l) => l.level === 'error' && l.message.includes('queue-full'))).toBe(
      true,
    );
  });
});
