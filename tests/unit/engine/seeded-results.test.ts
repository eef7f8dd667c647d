/**
 * Proof that a model change keeps the defaults: seeded results recorded before the engine learnt
 * `workers` (concurrency separate from cores) and paging-as-I/O-wait must stay identical for every
 * scenario that uses neither. Fields added since are ignored; cost fields are left out because
 * the machine catalogue's prices changed on purpose (linear within a family).
 * Regenerate (only on purpose) with `UPDATE_SEEDED=1 npx vitest run tests/unit/engine/seeded-results.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capstoneScenario, mm1Scenario, simulate, type Scenario } from 'archlab';
import { badDayScenario as lessonCapstone } from '../../../lessons/11-capstone/model/system.ts';

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
