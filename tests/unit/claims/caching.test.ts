/**
 * Claims of the caching chapter, computed from the formulas and the two simulations beside the
 * prose (and the quiz's numbers and predictions), so an engine change can never silently make the
 * text false. Each simulation claim holds on the page's seed and the next one.
 */
import { describe, expect, it } from 'vitest';
import {
  cheHitRatio,
  databaseLoad,
  meanLatencyWithCache,
  topKeysHitRatio,
  ttlHitRatio,
  zipfPopularity,
  type CacheRunResult,
} from 'archlab';
import cacheInFront, {
  run as catalogue,
} from '../../../lessons/07-caching/simulations/cache-in-front.ts';
import herdSim, { run as herd } from '../../../lessons/07-caching/simulations/thundering-herd.ts';
import { CATALOGUE, HOT_PAGES } from '../../../lessons/07-caching/model/workloads.ts';
import quiz from '../../../lessons/07-caching/quiz.ts';
import type { NumberQuestion, PredictQuestion } from '../../../components/quiz.ts';

const CATALOGUE_SEEDS = [cacheInFront.seed, cacheInFront.seed + 1];
const HERD_SEEDS = [herdSim.seed, herdSim.seed + 1];

const memo = new Map<string, CacheRunResult>();
function cat(capacity: number, opts: { zipf?: number; eviction?: string; ttl?: string } = {}) {
  return CATALOGUE_SEEDS.map((seed) => {
    const key = `${capacity}/${JSON.stringify(opts)}/${seed}`;
    let r = memo.get(key);
    if (!r) {
      r = catalogue(
        capacity,
        opts.zipf ?? CATALOGUE.zipfExponent,
        opts.eviction ?? 'lru',
        opts.ttl ?? 'none',
        seed,
      );
      memo.set(key, r);
    }
    return r;
  });
}
function hot(cure: string) {
  return HERD_SEEDS.map((seed) => {
    const key = `herd/${cure}/${seed}`;
    let r = memo.get(key);
    if (!r) {
      r = herd(10, cure, seed);
      memo.set(key, r);
    }
    return r;
  });
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const number = (id: string) => quiz.find((q) => q.id === id) as NumberQuestion;
const predicted = (id: string) =>
  (quiz.find((q) => q.id === id) as PredictQuestion).choices.find((c) => c.correct)!.text;

describe('the hit-ratio arithmetic', () => {
  it('λ = 1000/s, hit 1 ms, miss 20 ms: 10.5, 2.9 and 1.19 ms; 500, 100 and 10 queries/s', () => {
    expect(meanLatencyWithCache(0.5, 1, 20)).toBeCloseTo(10.5, 9);
    expect(meanLatencyWithCache(0.9, 1, 20)).toBeCloseTo(2.9, 9);
    expect(meanLatencyWithCache(0.99, 1, 20)).toBeCloseTo(1.19, 9);
    expect(databaseLoad(0.5, 1000)).toBeCloseTo(500, 9);
    expect(databaseLoad(0.9, 1000)).toBeCloseTo(100, 9);
    expect(databaseLoad(0.99, 1000)).toBeCloseTo(10, 9);
    // "going from 90 % to 99 % divides the database's load by ten"
    expect(databaseLoad(0.9, 1000) / databaseLoad(0.99, 1000)).toBeCloseTo(10, 9);
  });

  it('the quiz: 2000 reads/s at 95 % → 100 queries/s; 80 % of 1 ms and 20 % of 25 ms → 5.8 ms', () => {
    expect(databaseLoad(0.95, 2000)).toBeCloseTo(number('database-load-from-hit-ratio').answer, 6);
    expect(meanLatencyWithCache(0.8, 1, 25)).toBeCloseTo(
      number('mean-latency-from-hit-ratio').answer,
      6,
    );
  });
});

describe('what decides the hit ratio', () => {
  const p = zipfPopularity(CATALOGUE.keys, CATALOGUE.zipfExponent);

  it('10 000 products, s = 0.9: LRU of 1000 predicted 55.6 %, the top 1000 get 67.1 %', () => {
    expect(cheHitRatio(p, 1000) * 100).toBeCloseTo(55.6, 1);
    expect(topKeysHitRatio(p, 1000) * 100).toBeCloseTo(67.1, 1);
  });

  it('the simulation at 1000 entries: about 56 % (Che within a point), database about 40 % busy, p95 about 17 ms', () => {
    for (const r of cat(1000)) {
      expect(Math.abs(r.summary.hitRatio - cheHitRatio(p, 1000))).toBeLessThan(0.01);
      expect(r.summary.hitRatio).toBeGreaterThan(0.545);
      expect(r.summary.hitRatio).toBeLessThan(0.575);
      expect(r.summary.dbUtilisation).toBeGreaterThan(0.36);
      expect(r.summary.dbUtilisation).toBeLessThan(0.44);
      expect(r.summary.latencyMs.p95).toBeGreaterThan(15);
      expect(r.summary.latencyMs.p95).toBeLessThan(19);
    }
  });

  it('without a cache: the database about 90 % busy and p95 around 50 ms', () => {
    for (const r of cat(0)) {
      expect(r.summary.hitRatio).toBe(0);
      expect(r.summary.dbUtilisation).toBeGreaterThan(0.86);
      expect(r.summary.dbUtilisation).toBeLessThan(0.94);
      expect(r.summary.latencyMs.p95).toBeGreaterThan(42);
      expect(r.summary.latencyMs.p95).toBeLessThan(60);
    }
  });

  it('3000 entries: about 75 %; the second thousand buys less than the first, the last thousand least', () => {
    for (const r of cat(3000)) expect(Math.abs(r.summary.hitRatio - 0.75)).toBeLessThan(0.015);
    const first = cheHitRatio(p, 1000);
    const second = cheHitRatio(p, 2000) - first;
    const last = 1 - cheHitRatio(p, 9000);
    expect(second).toBeLessThan(first);
    expect(last).toBeLessThan(second);
  });

  it('skew 0: about 10 % (the share held), as the quiz predicts; s = 1.2: over 85 %', () => {
    for (const r of cat(1000, { zipf: 0 }))
      expect(Math.abs(r.summary.hitRatio - 0.1)).toBeLessThan(0.01);
    for (const r of cat(1000, { zipf: 1.2 })) expect(r.summary.hitRatio).toBeGreaterThan(0.85);
    expect(predicted('predict-uniform-popularity')).toMatch(/About 10 %/);
  });

  it('FIFO and random: about 51 % instead of 56 %', () => {
    const lru = cat(1000).map((r) => r.summary.hitRatio);
    for (const eviction of ['fifo', 'random']) {
      cat(1000, { eviction }).forEach((r, i) => {
        expect(Math.abs(r.summary.hitRatio - 0.51)).toBeLessThan(0.01);
        expect(r.summary.hitRatio).toBeLessThan(lru[i]! - 0.03);
      });
    }
  });

  it('TTL 1 s: about a third; TTL 60 s: back to LRU’s figure', () => {
    for (const r of cat(1000, { ttl: '1000' }))
      expect(Math.abs(r.summary.hitRatio - 1 / 3)).toBeLessThan(0.02);
    cat(1000, { ttl: '60000' }).forEach((r, i) => {
      expect(Math.abs(r.summary.hitRatio - cat(1000)[i]!.summary.hitRatio)).toBeLessThan(0.01);
    });
  });

  it('a cache as large as the catalogue still misses (first reads)', () => {
    for (const r of cat(10_000)) expect(r.summary.hitRatio).toBeLessThan(0.95);
  });

  it('LRU of 1000 entries is the 56 % the quiz names, below the 67 % of the top keys', () => {
    const q = quiz.find((x) => x.id === 'lru-below-top-keys')!;
    expect(q.question).toMatch(/67 %/);
    expect(q.question).toMatch(/about 56 %/);
    expect(Math.round(topKeysHitRatio(p, 1000) * 100)).toBe(67);
    expect(Math.round(cheHitRatio(p, 1000) * 100)).toBe(56);
  });
});

describe('TTLs', () => {
  it('read once a minute, TTL 60 s: half; ten a minute: 10/11 ≈ 91 % (the quiz: 90.9 %)', () => {
    const one = new Float64Array([1]);
    expect(ttlHitRatio(one, 1 / 60, 60_000)).toBeCloseTo(0.5, 9);
    expect(ttlHitRatio(one, 10 / 60, 60_000)).toBeCloseTo(10 / 11, 9);
    expect(ttlHitRatio(one, 10 / 60, 60_000) * 100).toBeCloseTo(number('ttl-hit-ratio').answer, 1);
  });
});

describe('the thundering herd', () => {
  it('the hot pages: a database of about 190 queries/s at most, 800 reads/s', () => {
    const q = HOT_PAGES.database.queryTimeMs;
    const meanQueryMs = q.median * Math.exp((q.sigma * q.sigma) / 2);
    expect((HOT_PAGES.database.capacity * 1000) / meanQueryMs).toBeCloseTo(190, -1);
    expect(HOT_PAGES.ratePerSec).toBe(800);
  });

  it('no cure: p95 climbs past a second in the first seconds; coalescing peaks about half a second', () => {
    const firstSeconds = (r: CacheRunResult) => Math.max(...r.series.latencyP95Ms.slice(0, 12));
    for (const r of hot('none')) expect(firstSeconds(r)).toBeGreaterThan(1000);
    for (const r of hot('coalesce')) {
      expect(firstSeconds(r)).toBeGreaterThan(350);
      expect(firstSeconds(r)).toBeLessThan(700);
      // "recovers within a few seconds": quiet again by 4 s
      expect(Math.max(...r.series.latencyP95Ms.slice(8, 20))).toBeLessThan(100);
    }
  });

  it('the cold start: queries far beyond the database’s ceiling', () => {
    for (const r of hot('none')) expect(r.series.dbQueriesPerSec[0]!).toBeGreaterThan(2 * 190);
  });

  it('p99 over the run about four times lower with coalescing (the quiz’s prediction)', () => {
    const none = hot('none');
    hot('coalesce').forEach((r, i) => {
      const ratio = none[i]!.summary.latencyMs.p99 / r.summary.latencyMs.p99;
      expect(ratio).toBeGreaterThan(3);
      expect(ratio).toBeLessThan(5);
      expect(r.summary.coalesced).toBeGreaterThan(100);
    });
    expect(predicted('predict-coalescing')).toMatch(/Several times lower/);
  });

  it('a wave of expiries at 10 s, one TTL after the start; jitter starts them earlier', () => {
    const bucket = (s: number) => Math.round(s * 2);
    for (const r of hot('none')) {
      const before = mean(r.series.dbQueriesPerSec.slice(bucket(6), bucket(10)));
      const after = mean(r.series.dbQueriesPerSec.slice(bucket(10), bucket(12)));
      // "the query rate about doubles"
      expect(after / before).toBeGreaterThan(1.6);
      expect(after / before).toBeLessThan(3);
    }
    hot('jitter').forEach((r, i) => {
      const plain = hot('none')[i]!;
      const early = (x: CacheRunResult) =>
        mean(x.series.dbQueriesPerSec.slice(bucket(7), bucket(10)));
      expect(early(r)).toBeGreaterThan(1.5 * early(plain));
    });
  });

  it('jitter sends slightly more queries in total: it smooths the load, it does not reduce it', () => {
    const none = hot('none');
    hot('jitter').forEach((r, i) => {
      expect(r.summary.dbQueriesPerSec).toBeGreaterThan(none[i]!.summary.dbQueriesPerSec);
      expect(r.summary.dbQueriesPerSec).toBeLessThan(1.25 * none[i]!.summary.dbQueriesPerSec);
    });
    const co = hot('coalesce');
    hot('both').forEach((r, i) => {
      expect(r.summary.dbQueriesPerSec).toBeGreaterThan(co[i]!.summary.dbQueriesPerSec);
    });
  });
});
