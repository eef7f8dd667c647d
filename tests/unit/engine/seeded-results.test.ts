/**
 * Proof that a model change keeps the defaults: seeded results recorded before the engine learnt
 * `workers` (concurrency separate from cores) and paging-as-I/O-wait must stay identical for every
 * scenario that uses neither. Fields added since are ignored; cost fields are left out because
 * the machine catalogue's prices changed on purpose (linear within a family).
 * Regenerate (only on purpose) with `UPDATE_SEEDED=1 npx vitest run tests/unit/engine/seeded-results.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SimResult } from 'archlab';
import { describe, expect, it } from 'vitest';
import { capstoneScenario, mm1Scenario, simulate, type Scenario } from 'archlab';
import { badDayScenario as lessonCapstone } from '../../../lessons/14-capstone/model/system.ts';

const FILE = new URL('./fixtures/seeded-results.json', import.meta.url);

/** The capstone now sizes its worker pool; without it, the defaults must give the old run. */
function withoutWorkers(s: Scenario): Scenario {
  return {
    ...s,
    servers: s.servers.map((spec) => {
      const copy = { ...spec };
      delete copy.workers;
      return copy;
    }),
  };
}

const scenarios: Record<string, Scenario> = {
  mm1: mm1Scenario(0.8, 20_000),
  mmc: {
    name: 'M/M/4',
    durationMs: 2_000_000,
    warmupMs: 20_000,
    traffic: { kind: 'poisson', ratePerSec: 3.2 },
    servers: [{ cores: 4, serviceTime: { kind: 'exponential', mean: 1000 }, queueCapacity: 50 }],
  },
  eventLoop: {
    name: 'event loop with a database',
    durationMs: 60_000,
    traffic: { kind: 'poisson', ratePerSec: 300 },
    servers: [{ cores: 2, serviceTime: { kind: 'exponential', mean: 4 }, blockingIo: false }],
    database: { kind: 'network', capacity: 8, queriesPerRequest: 2, queryTimeMs: 5 },
  },
  dbAndApi: capstoneScenario(60_000, 300),
  memoryCrash: {
    name: 'out of memory kill',
    durationMs: 60_000,
    traffic: { kind: 'poisson', ratePerSec: 150 },
    servers: [
      {
        cores: 2,
        serviceTime: { kind: 'exponential', mean: 12 },
        memoryMb: 400,
        baseMemoryMb: 300,
        memoryPerRequestMb: 20,
        onMemoryExhausted: 'crash',
        restartMs: 2000,
      },
    ],
  },
  lessonCapstone: withoutWorkers(
    lessonCapstone({
      servers: 4,
      size: 'medium',
      strategy: 'least-connections',
      healthCheck: { intervalMs: 2000, unhealthyThreshold: 2, healthyThreshold: 2 },
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, jitter: 'full' },
      alert: { name: 'Errors', metric: 'errorRate', op: '>', threshold: 0.05, forMs: 10_000 },
    }),
  ),
};

/** JSON round trip (NaN → null) with every cost figure removed. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) => (k === 'cost' || k === 'costPerHour' ? undefined : v)),
  );
}

/** `actual` restricted to the keys `expected` has (new fields may be added, none may change). */
function restrict(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.map((a, i) => restrict(a, expected[i]));
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(expected))
      out[k] = restrict(
        (actual as Record<string, unknown>)[k],
        (expected as Record<string, unknown>)[k],
      );
    return out;
  }
  return actual;
}

function run(name: string): unknown {
  const r = simulate(scenarios[name]!, { seed: 42 });
  return plain({
    summary: r.summary,
    series: r.series.metrics,
    alerts: r.alerts,
    health: r.health,
  });
}

describe('seeded results are unchanged for scenarios that keep the defaults', () => {
  if (process.env['UPDATE_SEEDED'] === '1' || !existsSync(FILE)) {
    it('records the fixture', () => {
      const all = Object.fromEntries(Object.keys(scenarios).map((n) => [n, run(n)]));
      writeFileSync(FILE, JSON.stringify(all) + '\n');
    });
    return;
  }
  const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  for (const name of Object.keys(scenarios)) {
    it(name, () => {
      const expected = recorded[name];
      expect(expected, `no recorded result for ${name}`).toBeDefined();
      expect(restrict(run(name), expected)).toEqual(expected);
    });
  }
});

const FULL_FILE = new URL('./fixtures/seeded-full.json', import.meta.url);

/**
 * Whole results (every series, per-server series, health, scaling, logs, traces, costs) of short
 * scenarios that exercise each component and every code slot (a learner's strategy, retry policy,
 * alert condition and autoscaling policy). Recorded before the engine was split into one file per
 * job and sped up: any change in the request lifecycle, the RNG fork order or a summary shows here.
 */
const fullScenarios: Record<string, () => { scenario: Scenario; trace?: number }> = {
  loadBalancer: () => ({
    trace: 300,
    scenario: {
      name: 'load balancer with health checks',
      durationMs: 40_000,
      warmupMs: 2000,
      resolutionMs: 500,
      traffic: {
        kind: 'poisson',
        ratePerSec: 900,
        clients: 50,
        spikes: [
          // Overlapping: the thinning bound (their product while both last) is the same whether
          // it is taken over overlaps only or over every spike, so this result predates that fix.
          { atMs: 10_000, durationMs: 3000, multiplier: 2 },
          { atMs: 11_000, durationMs: 1000, multiplier: 1.5 },
        ],
        requestTypes: [
          { name: 'read', weight: 9, sizeBytes: { kind: 'uniform', min: 500, max: 5000 } },
          { name: 'write', weight: 1, cost: 3, sizeBytes: 800 },
        ],
      },
      loadBalancer: {
        strategy: 'peak-ewma',
        healthCheck: { intervalMs: 500, unhealthyThreshold: 2, healthyThreshold: 3 },
      },
      network: {
        client: {
          latencyMs: { kind: 'exponential', mean: 5 },
          jitterMs: 2,
          bandwidthMbps: 500,
          lossRate: 0.01,
          partitions: [{ atMs: 30_000, durationMs: 1000 }],
        },
      },
      servers: [
        { name: 'a', cores: 2, serviceTime: { kind: 'exponential', mean: 3 }, queueCapacity: 40 },
        {
          name: 'b',
          cores: 2,
          workers: 6,
          serviceTime: { kind: 'lognormal', median: 2.5, sigma: 0.7 },
          crashes: [{ atMs: 12_000, downMs: 6000 }],
          restartMs: 3000,
        },
        {
          name: 'c',
          size: 'small',
          serviceTime: {
            kind: 'bimodal',
            low: { kind: 'constant', value: 1 },
            high: { kind: 'pareto', scale: 4, shape: 2.5 },
            pHigh: 0.2,
          },
          mtbfMs: 15_000,
          restartMs: 2000,
        },
      ],
      logs: { mode: 'local', minLevel: 'error', keepRecords: 20 },
    },
  }),
  learnerStrategy: () => ({
    scenario: {
      name: 'a learner strategy and consistent hashing',
      durationMs: 20_000,
      traffic: { kind: 'constant', ratePerSec: 400, clients: 30, ramp: { toPerSec: 700 } },
      loadBalancer: {
        strategy: (servers, req) => servers[req.clientId % servers.length]!,
      },
      servers: [
        { serviceTime: { kind: 'normal', mean: 4, stddev: 1 }, cores: 2 },
        { serviceTime: { kind: 'empirical', values: [1, 2, 8], weights: [5, 3, 1] }, cores: 2 },
      ],
    },
  }),
  externalApi: () => ({
    trace: 200,
    scenario: {
      name: 'payments with outages, rate limit and retries',
      durationMs: 30_000,
      warmupMs: 1000,
      traffic: { kind: 'poisson', ratePerSec: 120 },
      servers: [{ cores: 4, workers: 64, serviceTime: { kind: 'exponential', mean: 2 } }],
      externalApi: {
        name: 'payments',
        latencyMs: { kind: 'lognormal', median: 120, sigma: 0.8 },
        errorRate: 0.05,
        rateLimitPerSec: 100,
        burst: 20,
        timeoutMs: 400,
        outages: [
          { atMs: 8000, durationMs: 2000, mode: 'error' },
          { atMs: 18_000, durationMs: 3000 },
        ],
        retry: { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 800, jitter: 'equal' },
        idempotencyKeys: false,
      },
      logs: { mode: 'shipped', minLevel: 'warn', batchSize: 50, shipDelayMs: 20, keepRecords: 30 },
    },
  }),
  retryFunction: () => ({
    scenario: {
      name: 'a learner retry policy, a local database',
      durationMs: 15_000,
      traffic: { kind: 'poisson', ratePerSec: 60, diurnal: { periodMs: 10_000, amplitude: 0.5 } },
      servers: [
        { cores: 2, workers: 16, serviceTime: 3, blockingIo: false },
        { cores: 2, workers: 16, serviceTime: 3 },
      ],
      database: {
        kind: 'local',
        capacity: 2,
        poolSize: 4,
        queriesPerRequest: 2,
        queryTimeMs: { kind: 'exponential', mean: 4 },
      },
      externalApi: {
        latencyMs: { kind: 'exponential', mean: 60 },
        errorRate: 0.2,
        timeoutMs: 150,
        retry: (attempt, error, state) =>
          attempt >= 3 || error === 'rate-limited' ? null : 40 * attempt + 10 * state.random(),
        idempotencyKeys: true,
      },
    },
  }),
  autoscaler: () => ({
    scenario: {
      name: 'autoscaling under a ramp',
      durationMs: 120_000,
      resolutionMs: 1000,
      traffic: {
        kind: 'poisson',
        ratePerSec: 100,
        ramp: { toPerSec: 900, startMs: 10_000, endMs: 80_000 },
      },
      servers: [
        {
          name: 'web',
          cores: 2,
          serviceTime: { kind: 'exponential', mean: 4 },
          queueCapacity: 100,
          pricePerHour: 0.1,
        },
      ],
      autoscaler: { targetUtilisation: 0.5, intervalMs: 5000, max: 5, bootMs: 8000 },
    },
  }),
  autoscalerFunction: () => ({
    scenario: {
      name: 'a learner autoscaling policy with bursts',
      durationMs: 60_000,
      resolutionMs: 1000,
      traffic: {
        kind: 'poisson',
        ratePerSec: 150,
        bursts: { periodMs: 20_000, onMs: 5000, multiplier: 3, startMs: 5000 },
      },
      loadBalancer: { strategy: 'least-connections' },
      servers: [{ cores: 2, serviceTime: { kind: 'exponential', mean: 8 }, queueCapacity: 50 }],
      autoscaler: {
        policy: (v) =>
          v.queueLength > 5 ? v.servers + 1 : v.utilisation < 0.3 ? v.servers - 1 : v.servers,
        intervalMs: 3000,
        min: 1,
        max: 4,
        bootMs: 2000,
      },
    },
  }),
  alerts: () => ({
    scenario: {
      name: 'alerts: threshold, burn rate and a function',
      durationMs: 90_000,
      resolutionMs: 1000,
      traffic: {
        kind: 'poisson',
        ratePerSec: 200,
        spikes: [{ atMs: 30_000, durationMs: 20_000, multiplier: 1.6 }],
      },
      loadBalancer: { strategy: 'power-of-two' },
      servers: [
        { name: 'x', cores: 1, serviceTime: { kind: 'exponential', mean: 8 }, queueCapacity: 30 },
        { name: 'y', cores: 1, serviceTime: { kind: 'exponential', mean: 8 }, queueCapacity: 30 },
      ],
      alerts: [
        {
          name: 'SlowX',
          metric: 'servers.x.latencyP95Ms',
          op: '>',
          threshold: 60,
          forMs: 3000,
          windowMs: 3000,
          aggregate: 'max',
        },
        {
          name: 'Drops',
          metric: 'dropped',
          op: '>=',
          threshold: 1,
          keepFiringForMs: 5000,
          severity: 'ticket',
        },
        {
          name: 'Burn',
          kind: 'burn-rate',
          objective: 0.995,
          windows: [{ longMs: 20_000, shortMs: 3000, factor: 5 }],
        },
        { name: 'Queue', kind: 'function', condition: (q) => q.over('queueLength', 5000) > 3 },
      ],
    },
  }),
  capstoneShort: () => ({ trace: 100, scenario: capstoneScenario(30_000, 300) }),
};

function runFull(name: string): unknown {
  const { scenario, trace } = fullScenarios[name]!();
  const r: SimResult = simulate(scenario, { seed: 7, ...(trace ? { trace } : {}) });
  return JSON.parse(JSON.stringify(r));
}

describe('whole seeded results of every component are unchanged', () => {
  if (process.env['UPDATE_SEEDED'] === '1' || !existsSync(FULL_FILE)) {
    it('records the fixture', () => {
      const all = Object.fromEntries(Object.keys(fullScenarios).map((n) => [n, runFull(n)]));
      writeFileSync(FULL_FILE, JSON.stringify(all) + '\n');
    });
    return;
  }
  const recorded = JSON.parse(readFileSync(FULL_FILE, 'utf8')) as Record<string, unknown>;
  for (const name of Object.keys(fullScenarios)) {
    it(name, () => {
      expect(recorded[name], `no recorded result for ${name}`).toBeDefined();
      expect(runFull(name)).toEqual(recorded[name]);
    });
  }
});
