import { describe, expect, it } from 'vitest';
import {
  Cache,
  ConfigError,
  Rng,
  checkCache,
  cheHitRatio,
  simulateCacheAside,
  topKeysHitRatio,
  ttlHitRatio,
  zipfPopularity,
  zipfSampler,
  simulate,
  checkScenario,
  type CacheEntryView,
  type CacheSpec,
  type Scenario,
} from 'archlab';

/** Hit ratio of `cache` on `n` independent Zipf requests, counted after the first `warm`. */
function replay(spec: CacheSpec, p: Float64Array, n: number, warm: number, seed: number) {
  const cache = new Cache(checkCache(spec), new Rng(seed));
  const next = zipfSampler(p, new Rng(seed + 1000));
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const key = next();
    // One request per ms: time in ms equals the request count.
    const hit = cache.get(key, i);
    if (!hit) cache.set(key, i);
    if (i >= warm && hit) hits++;
  }
  return hits / (n - warm);
}

describe('Zipf popularity', () => {
  it('sums to 1, falls as 1/k^s, and s = 0 is uniform', () => {
    const p = zipfPopularity(1000, 0.8);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]! / p[9]!).toBeCloseTo(10 ** 0.8, 9);
    expect(zipfPopularity(4, 0)).toEqual(new Float64Array([0.25, 0.25, 0.25, 0.25]));
  });

  it('the sampler draws each key with its probability', () => {
    const p = zipfPopularity(50, 1);
    const next = zipfSampler(p, new Rng(3));
    const counts = new Array<number>(50).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[next()]!++;
    for (const k of [0, 1, 9, 49]) {
      const sd = Math.sqrt(n * p[k]! * (1 - p[k]!));
      expect(Math.abs(counts[k]! - n * p[k]!)).toBeLessThan(4 * sd);
    }
  });
});

describe('LRU hit ratio against the Che approximation (Che et al. 2002; Fricker et al. 2012)', () => {
  for (const [keys, s, capacity] of [
    [10_000, 0.8, 100],
    [10_000, 0.8, 1000],
    [10_000, 1.0, 500],
    [2000, 0.6, 400],
  ] as const) {
    it(`${keys} keys, s = ${s}, capacity ${capacity}: within 0.01`, () => {
      const p = zipfPopularity(keys, s);
      const measured = replay({ capacity }, p, 200_000, 50_000, 7);
      expect(Math.abs(measured - cheHitRatio(p, capacity))).toBeLessThan(0.01);
    });
  }

  it('LRU stays below the ideal of holding the most popular keys, FIFO and random below LRU', () => {
    const p = zipfPopularity(10_000, 0.8);
    const lru = replay({ capacity: 1000 }, p, 200_000, 50_000, 8);
    const fifo = replay({ capacity: 1000, eviction: 'fifo' }, p, 200_000, 50_000, 8);
    const random = replay({ capacity: 1000, eviction: 'random' }, p, 200_000, 50_000, 8);
    expect(lru).toBeLessThan(topKeysHitRatio(p, 1000) - 0.1);
    expect(fifo).toBeLessThan(lru - 0.02);
    // Under independent requests FIFO and random replacement have the same hit ratio.
    expect(Math.abs(fifo - random)).toBeLessThan(0.01);
  });

  it('a cache as large as the key set hits on everything but the first request of each key', () => {
    const p = zipfPopularity(100, 0.8);
    expect(cheHitRatio(p, 100)).toBe(1);
    expect(replay({ capacity: 100 }, p, 20_000, 10_000, 1)).toBe(1);
  });
});

describe('TTL cache against the renewal formula (Jung, Berger and Balakrishnan 2003)', () => {
  for (const ttlMs of [200, 2000, 20_000]) {
    it(`TTL ${ttlMs} ms, unbounded capacity: within 0.01`, () => {
      const p = zipfPopularity(5000, 0.8);
      const r = simulateCacheAside(
        {
          durationMs: 60_000,
          warmupMs: Math.min(20_000, 2 * ttlMs),
          ratePerSec: 1000,
          keys: { count: 5000, zipfExponent: 0.8 },
          cache: { capacity: 5000, ttlMs, hitTimeMs: { kind: 'constant', value: 0.1 } },
          database: { queryTimeMs: { kind: 'constant', value: 0.1 }, capacity: 64 },
        },
        { seed: 2 },
      );
      expect(Math.abs(r.summary.hitRatio - ttlHitRatio(p, 1000, ttlMs))).toBeLessThan(0.01);
    });
  }
});

describe('cache-aside run', () => {
  const spec = {
    durationMs: 20_000,
    ratePerSec: 2000,
    keys: { count: 1000, zipfExponent: 1 },
    cache: { capacity: 1000, ttlMs: 5000 },
    database: { capacity: 16, queryTimeMs: { kind: 'lognormal', median: 40, sigma: 0.3 } },
  } as const;

  it('is deterministic per seed', () => {
    const a = simulateCacheAside(spec, { seed: 5 });
    const b = simulateCacheAside(spec, { seed: 5 });
    expect(a).toEqual(b);
    expect(simulateCacheAside(spec, { seed: 6 }).summary).not.toEqual(a.summary);
  });

  it('database load is (1 − h)·λ without coalescing; every read is answered', () => {
    const r = simulateCacheAside({ ...spec, warmupMs: 10_000 }, { seed: 5 });
    expect(r.summary.failed).toBe(0);
    expect(r.summary.dbQueriesPerSec / ((1 - r.summary.hitRatio) * 2000)).toBeCloseTo(1, 1);
  });

  it('coalescing sends fewer queries on a cold start and cuts the tail', () => {
    const plain = simulateCacheAside(spec, { seed: 5 });
    const co = simulateCacheAside(
      { ...spec, cache: { ...spec.cache, coalesce: true } },
      { seed: 5 },
    );
    expect(co.summary.coalesced).toBeGreaterThan(100);
    expect(co.summary.dbQueriesPerSec).toBeLessThan(plain.summary.dbQueriesPerSec);
    expect(co.summary.latencyMs.p99).toBeLessThan(plain.summary.latencyMs.p99 / 5);
  });

  it('without a cache every read is a query', () => {
    const r = simulateCacheAside({ ...spec, ratePerSec: 200, cache: null }, { seed: 1 });
    expect(r.summary.hitRatio).toBe(0);
    expect(r.summary.dbQueriesPerSec).toBeCloseTo(200, -1);
  });

  it('names the field of a bad configuration', () => {
    expect(() => checkCache({ capacity: 0 })).toThrow(ConfigError);
    expect(() => checkCache({ capacity: 0 })).toThrow(/cache\.capacity/);
    expect(() => checkCache({ eviction: 'lfu' })).toThrow(/cache\.eviction.*lru, fifo, random/);
    expect(() => checkCache({ ttlJitter: 2 })).toThrow(/cache\.ttlJitter/);
    expect(() => checkCache({ capcity: 5 })).toThrow(/capcity/);
    expect(() => simulateCacheAside({ ...spec, durationMs: 1e9 }, { seed: 1 })).toThrow(
      ConfigError,
    );
  });

  it('refuses an eviction function that returns something it was not given', () => {
    const cache = new Cache(checkCache({ capacity: 2, eviction: () => 7 }), new Rng(1));
    cache.set(1, 0);
    cache.set(2, 1);
    expect(() => cache.set(3, 2)).toThrow(/position 7/);
    const copies = new Cache(
      checkCache({
        capacity: 2,
        eviction: (entries: readonly CacheEntryView[]) => ({ ...entries[0]! }),
      }),
      new Rng(1),
    );
    copies.set(1, 0);
    copies.set(2, 1);
    expect(() => copies.set(3, 2)).toThrow(/a copy of the entry for key 1/);
  });

  it('refuses an eviction function that reorders the list it was given', () => {
    const sortsInPlace = (entries: readonly CacheEntryView[]) =>
      (entries as CacheEntryView[]).sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs)[0]!;
    const cache = new Cache(checkCache({ capacity: 3, eviction: sortsInPlace }), new Rng(1));
    cache.set(1, 0);
    cache.set(2, 1);
    cache.set(3, 2);
    cache.get(1, 3);
    expect(() => cache.set(4, 4)).toThrow(/cache\.eviction: changed the list.*in place/);
  });

  it('TTL jitter spreads expiry: entries stored together expire over [ttl·(1 − j), ttl]', () => {
    const cache = new Cache(
      checkCache({ capacity: 1000, ttlMs: 1000, ttlJitter: 0.5 }),
      new Rng(1),
    );
    for (let k = 0; k < 1000; k++) cache.set(k, 0);
    let fresh700 = 0;
    for (let k = 0; k < 1000; k++) if (cache.peek(k, 750)) fresh700++;
    // Uniform over [500, 1000): half of them still fresh at 750 ms.
    expect(Math.abs(fresh700 - 500)).toBeLessThan(60);
    for (let k = 0; k < 1000; k++) expect(cache.peek(k, 1000)).toBe(false);
  });
});

describe('a cache in the scenario spec', () => {
  const base: Scenario = {
    durationMs: 60_000,
    warmupMs: 0,
    traffic: { kind: 'poisson', ratePerSec: 200 },
    servers: [{ cores: 4, serviceTime: 2 }],
    database: { capacity: 4, queryTimeMs: 5 },
  };

  it('sits in front of the database: only misses query it, at Che’s hit ratio for LRU', () => {
    const withCache = simulate(
      { ...base, cache: { capacity: 500, keys: { count: 5000, zipfExponent: 0.9 } } },
      { seed: 3 },
    );
    const c = withCache.summary.cache!;
    expect(c.hits + c.misses).toBe(withCache.summary.database!.queries + c.hits + c.coalesced);
    // Cold start included: a little below the steady-state prediction.
    const che = cheHitRatio(zipfPopularity(5000, 0.9), 500);
    expect(c.hitRatio).toBeLessThan(che);
    expect(c.hitRatio).toBeGreaterThan(che - 0.04);
    const without = simulate(base, { seed: 3 });
    expect(without.summary.cache).toBeUndefined();
    expect(withCache.summary.latencyMs.mean).toBeLessThan(without.summary.latencyMs.mean);
  });

  it('is deterministic and leaves a scenario without a cache exactly as it was', () => {
    const spec = { ...base, cache: { capacity: 100, ttlMs: 2000, ttlJitter: 0.2, coalesce: true } };
    expect(simulate(spec, { seed: 4 })).toEqual(simulate(spec, { seed: 4 }));
    expect(checkScenario(base).cache).toBeNull();
  });

  it('needs a database, and names its fields when wrong', () => {
    const noDb: Scenario = {
      durationMs: base.durationMs,
      traffic: base.traffic,
      servers: base.servers,
    };
    expect(() => simulate({ ...noDb, cache: {} }, { seed: 1 })).toThrow(/cache: .*database/);
    expect(() =>
      simulate({ ...base, cache: { keys: { count: 0, zipfExponent: 1 } } }, { seed: 1 }),
    ).toThrow(/cache\.keys\.count/);
    expect(() => simulate({ ...base, cache: { capacity: -1 } }, { seed: 1 })).toThrow(
      /cache\.capacity/,
    );
  });
});
