/**
 * The chapter's two workloads, shared by its simulations, exercises' checks and claims test so the
 * prose, the charts and the grading describe the same shop.
 */
import type { CacheRunSpec, CacheSpec } from 'archlab';

/** Product pages: 10 000 products read with Zipf popularity, cheap queries, a small database. */
export const CATALOGUE = {
  keys: 10_000,
  zipfExponent: 0.9,
  ratePerSec: 400,
  /** 4 executors × lognormal queries of median 8 ms (mean ≈ 9.1 ms): about 440 queries/s at 100 %. */
  database: { capacity: 4, queryTimeMs: { kind: 'lognormal', median: 8, sigma: 0.5 } },
  durationMs: 30_000,
  /** The cache has already served this much earlier traffic when the chart starts. */
  warmStartMs: 60_000,
} as const;

/** The catalogue's run for a cache (or none). */
export function catalogueRun(
  cache: CacheSpec | null,
  zipfExponent: number = CATALOGUE.zipfExponent,
): CacheRunSpec {
  return {
    durationMs: CATALOGUE.durationMs,
    warmStartMs: CATALOGUE.warmStartMs,
    ratePerSec: CATALOGUE.ratePerSec,
    keys: { count: CATALOGUE.keys, zipfExponent },
    cache,
    database: CATALOGUE.database,
  };
}

/**
 * The home page and its neighbours: 1000 pages, very skewed, each an expensive query (median
 * 40 ms) on a database of 8 executors (about 190 queries/s at 100 %), 800 reads/s, cold cache.
 */
export const HOT_PAGES = {
  keys: 1000,
  zipfExponent: 1,
  ratePerSec: 800,
  database: { capacity: 8, queryTimeMs: { kind: 'lognormal', median: 40, sigma: 0.3 } },
  durationMs: 30_000,
  resolutionMs: 500,
} as const;

/** The hot pages' run: a cold cache that holds every page, with this TTL and these cures. */
export function hotPagesRun(
  ttlMs: number,
  cures: { coalesce: boolean; ttlJitter: number },
): CacheRunSpec {
  return {
    durationMs: HOT_PAGES.durationMs,
    resolutionMs: HOT_PAGES.resolutionMs,
    ratePerSec: HOT_PAGES.ratePerSec,
    keys: { count: HOT_PAGES.keys, zipfExponent: HOT_PAGES.zipfExponent },
    cache: { capacity: HOT_PAGES.keys, ttlMs, ...cures },
    database: HOT_PAGES.database,
  };
}
