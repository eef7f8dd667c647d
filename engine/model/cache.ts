/**
 * An application cache in front of the database (cache-aside), its key popularity, and the
 * formulas that predict its hit ratio.
 *
 * - `zipfPopularity`, `zipfSampler`: request probabilities p_k ∝ 1/k^s over n keys (Zipf's law, the
 *   usual model of web and key-value popularity).
 * - `cheHitRatio`: Che, Tung and Wang's approximation of an LRU cache's hit ratio under independent
 *   requests (IEEE JSAC 20(7), 2002); Fricker, Robert and Roberts (ITC 24, 2012) explain why it is
 *   accurate for Zipf popularities.
 * - `ttlHitRatio`: a cache with no capacity limit whose entries live `ttlMs` from the miss that
 *   stored them (Jung, Berger and Balakrishnan, INFOCOM 2003, with Poisson requests).
 * - `Cache`: entries with a capacity, a TTL (optionally jittered) and an eviction policy (built-in
 *   LRU, FIFO, random, or a learner's function).
 * - `CacheAside`: the read path: look in the cache; on a miss query the database, store the result,
 *   answer. Optionally coalesces concurrent misses of one key into one query.
 * - `simulateCacheAside`: a whole run on the engine (Poisson reads of Zipf keys → cache → database)
 *   with hit ratio, database utilisation and latency percentiles over time.
 */
import type { EventHandler } from '../core/simulation.ts';
import { Simulation } from '../core/simulation.ts';
import { Rng } from '../core/rng.ts';
import {
  checkDistribution,
  sampler,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import { ConfigError, checkKeys, checkNumber, checkObject, optNumber } from '../core/errors.ts';
import { LogHistogram } from '../observe/histogram.ts';
import { Database, checkDatabase, type DatabaseSpec } from './database.ts';
import { RequestPool, type Request } from './request.ts';

// ---------------------------------------------------------------------------------------------
// Popularity and formulas

/**
 * Zipf popularity of `keys` keys with exponent `exponent` (s ≥ 0): p_k = k^-s / Σ_j j^-s for
 * rank k = 1…keys, returned in rank order (index 0 is the most popular key). s = 0 is uniform.
 */
export function zipfPopularity(keys: number, exponent: number): Float64Array {
  checkNumber(keys, 'keys', { min: 1, max: 1_000_000, integer: true });
  checkNumber(exponent, 'exponent', { min: 0, max: 10 });
  const p = new Float64Array(keys);
  let sum = 0;
  for (let k = 0; k < keys; k++) {
    p[k] = Math.pow(k + 1, -exponent);
    sum += p[k]!;
  }
  for (let k = 0; k < keys; k++) p[k]! /= sum;
  return p;
}

/** Expected distinct keys held after a "time" of t requests: Σ (1 − e^(−p_k t)). */
function occupancy(p: ArrayLike<number>, t: number): number {
  let c = 0;
  for (let k = 0; k < p.length; k++) c += -Math.expm1(-p[k]! * t);
  return c;
}

/** Hit ratio at characteristic time t: Σ p_k (1 − e^(−p_k t)). */
function hitsAt(p: ArrayLike<number>, t: number): number {
  let h = 0;
  for (let k = 0; k < p.length; k++) h += p[k]! * -Math.expm1(-p[k]! * t);
  return h;
}

/**
 * Che's characteristic time t_C of an LRU cache holding `capacity` entries, in requests (multiply
 * by the mean time between requests for ms): the root of Σ_k (1 − e^(−p_k t)) = capacity. A key
 * requested with probability p_k stays cached if it is asked for again within t_C requests.
 */
export function cheCharacteristicTime(popularity: ArrayLike<number>, capacity: number): number {
  const n = popularity.length;
  checkNumber(capacity, 'capacity', { min: 0 });
  if (capacity <= 0) return 0;
  if (capacity >= n) return Infinity;
  // occupancy(t) grows from 0 to n; bracket the root, then bisect.
  let lo = 0;
  let hi = capacity;
  while (occupancy(popularity, hi) < capacity) hi *= 2;
  for (let i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (occupancy(popularity, mid) < capacity) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Che approximation of the hit ratio of an LRU cache of `capacity` entries under independent
 * requests with probabilities `popularity`: Σ_k p_k (1 − e^(−p_k t_C)).
 */
export function cheHitRatio(popularity: ArrayLike<number>, capacity: number): number {
  const t = cheCharacteristicTime(popularity, capacity);
  if (t === Infinity) return 1;
  return hitsAt(popularity, t);
}

/**
 * Hit ratio of a cache without a capacity limit whose entries expire `ttlMs` after the miss that
 * stored them (a hit does not extend them), for Poisson requests at `ratePerSec` spread over keys
 * with probabilities `popularity`. Key k is asked for at λ_k = p_k·rate; each miss starts a period
 * of length T in which its requests hit, so per key h_k = λ_k T / (1 + λ_k T) (renewal argument,
 * Jung, Berger and Balakrishnan 2003).
 */
export function ttlHitRatio(
  popularity: ArrayLike<number>,
  ratePerSec: number,
  ttlMs: number,
): number {
  checkNumber(ratePerSec, 'ratePerSec', { min: 0 });
  checkNumber(ttlMs, 'ttlMs', { min: 0 });
  let h = 0;
  for (let k = 0; k < popularity.length; k++) {
    const x = ((popularity[k]! * ratePerSec) / 1000) * ttlMs;
    h += (popularity[k]! * x) / (1 + x);
  }
  return h;
}

/**
 * Share of requests that a cache holding exactly the `capacity` most popular keys would answer:
 * the best any policy can do with independent requests (it is not what LRU achieves).
 */
export function topKeysHitRatio(popularity: ArrayLike<number>, capacity: number): number {
  const sorted = Array.from(popularity).sort((a, b) => b - a);
  let h = 0;
  for (let k = 0; k < Math.min(capacity, sorted.length); k++) h += sorted[k]!;
  return h;
}

/** Mean latency with a cache: h·t_hit + (1 − h)·t_miss (ms). */
export function meanLatencyWithCache(hitRatio: number, hitMs: number, missMs: number): number {
  return hitRatio * hitMs + (1 - hitRatio) * missMs;
}

/** Queries per second that reach the database: (1 − h)·λ. */
export function databaseLoad(hitRatio: number, ratePerSec: number): number {
  return (1 - hitRatio) * ratePerSec;
}

/** Draws key ranks (0 = most popular) from a popularity table by inverse CDF (O(log n) each). */
export function zipfSampler(popularity: ArrayLike<number>, rng: Rng): () => number {
  const n = popularity.length;
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) {
    acc += popularity[k]!;
    cdf[k] = acc;
  }
  const total = acc;
  return () => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

// ---------------------------------------------------------------------------------------------
// The cache

/** What an eviction policy may read about an entry. */
export interface CacheEntryView {
  /** The key (a number in the engine's workloads). */
  readonly key: number;
  /** When it was stored (on the miss that fetched it), ms. */
  readonly storedAtMs: number;
  /** When it was last read (a hit) or stored, ms. */
  readonly lastUsedAtMs: number;
  /** When it expires, ms (Infinity without a TTL). */
  readonly expiresAtMs: number;
  /** Hits since it was stored. */
  readonly hits: number;
}

/** Scratch space and services an eviction policy gets, like a load-balancing strategy's state. */
export interface EvictionState {
  /** Simulated time now, ms. */
  readonly now: number;
  /** Seeded random number in [0, 1) (never use Math.random: runs must repeat exactly). */
  random(): number;
  /** Values kept between calls; empty at the start of every run. */
  readonly vars: Record<string, number>;
  /** Structured values kept between calls (maps, lists); empty at the start of every run. */
  readonly data: Record<string, unknown>;
}

/**
 * Chooses which entry to evict when the cache is full and a new key must be stored: return the
 * entry, or its position in `entries`. `entries` are in no particular order.
 */
export type EvictionFn = (
  entries: readonly CacheEntryView[],
  state: EvictionState,
) => CacheEntryView | number;

/** A policy with a hook on every hit and store (keeps its own bookkeeping, e.g. a recency list). */
export interface EvictionPolicy {
  victim: EvictionFn;
  /** Called after every hit and every store of `entry`. */
  touched?: (entry: CacheEntryView, state: EvictionState) => void;
  /** Called when `entry` leaves the cache (evicted, expired or invalidated). */
  removed?: (entry: CacheEntryView, state: EvictionState) => void;
}

/** Built-in eviction policies. */
export const evictionNames = ['lru', 'fifo', 'random'] as const;
export type EvictionName = (typeof evictionNames)[number];

/** The built-in LRU as a plain function (for comparison; the cache itself uses an O(1) list). */
export const lruVictim: EvictionFn = (entries) => {
  let best = 0;
  for (let i = 1; i < entries.length; i++)
    if (entries[i]!.lastUsedAtMs < entries[best]!.lastUsedAtMs) best = i;
  return best;
};

/** An application cache as JSON data (plus, optionally, a learner's eviction policy). */
export interface CacheSpec {
  /** Entries it holds at most (default 1000). */
  capacity?: number;
  /** Lifetime of an entry from the miss that stored it, ms (default Infinity: no expiry). */
  ttlMs?: number;
  /**
   * Spread of the TTL as a fraction (0–1): each entry lives ttl × (1 − jitter × u), u uniform in
   * [0, 1), so entries stored together do not expire together (default 0).
   */
  ttlJitter?: number;
  /** Which entry goes when the cache is full (default 'lru'). */
  eviction?: EvictionName | EvictionFn | EvictionPolicy;
  /** Time of a cache lookup (a round trip to the cache server), ms (default lognormal, median 0.5). */
  hitTimeMs?: DistributionSpec | number;
  /** Concurrent misses of one key wait for the first one's query instead of querying too (default false). */
  coalesce?: boolean;
}

/** A cache with every default filled in. */
export interface CacheConfig {
  capacity: number;
  ttlMs: number;
  ttlJitter: number;
  eviction: EvictionName | EvictionPolicy;
  hitTimeMs: DistributionSpec;
  coalesce: boolean;
}

/** Validate a cache; throws `ConfigError` naming the field. */
export function checkCache(value: unknown, field = 'cache'): CacheConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, ['capacity', 'ttlMs', 'ttlJitter', 'eviction', 'hitTimeMs', 'coalesce']);
  const ev = o['eviction'];
  let eviction: EvictionName | EvictionPolicy;
  if (ev === undefined) eviction = 'lru';
  else if (typeof ev === 'function') eviction = { victim: ev as EvictionFn };
  else if (typeof ev === 'string') {
    if (!(evictionNames as readonly string[]).includes(ev))
      throw new ConfigError(
        `${field}.eviction`,
        `must be one of ${evictionNames.join(', ')} or a function, got "${ev}"`,
      );
    eviction = ev as EvictionName;
  } else if (
    typeof ev === 'object' &&
    ev !== null &&
    typeof (ev as { victim?: unknown }).victim === 'function'
  ) {
    eviction = ev as EvictionPolicy;
  } else {
    throw new ConfigError(
      `${field}.eviction`,
      `must be 'lru', 'fifo', 'random', a function (entries, state) → entry, or { victim, touched? }`,
    );
  }
  if (o['coalesce'] !== undefined && typeof o['coalesce'] !== 'boolean')
    throw new ConfigError(`${field}.coalesce`, 'must be true or false');
  return {
    // A million entries of ~100 bytes stay within a run's memory budget.
    capacity: optNumber(o['capacity'], `${field}.capacity`, 1000, {
      min: 1,
      max: 1_000_000,
      integer: true,
    }),
    ttlMs:
      o['ttlMs'] === undefined || o['ttlMs'] === Infinity
        ? Infinity
        : checkNumber(o['ttlMs'], `${field}.ttlMs`, { above: 0 }),
    ttlJitter: optNumber(o['ttlJitter'], `${field}.ttlJitter`, 0, { min: 0, max: 1 }),
    eviction,
    hitTimeMs:
      o['hitTimeMs'] === undefined
        ? { kind: 'lognormal', median: 0.5, sigma: 0.3 }
        : checkDistribution(o['hitTimeMs'], `${field}.hitTimeMs`),
    coalesce: o['coalesce'] === true,
  };
}

/** What an eviction function returned, for its error message. */
function describeChoice(choice: unknown): string {
  if (typeof choice === 'number') return `position ${choice}`;
  if (typeof choice === 'object' && choice !== null) return 'an object';
  return typeof choice === 'string' ? `"${choice}"` : `${typeof choice}`;
}

interface Entry extends CacheEntryView {
  key: number;
  storedAtMs: number;
  lastUsedAtMs: number;
  expiresAtMs: number;
  hits: number;
  /** Position in `list`. */
  slot: number;
}

/**
 * A key → entry store with a capacity, expiry and an eviction policy. Expired entries are removed
 * when read (a miss), as Redis and memcached do lazily; they still take space until then.
 */
export class Cache {
  readonly config: CacheConfig;
  /** Entries in recency order for LRU (a hit moves it to the end), in store order otherwise. */
  private readonly map = new Map<number, Entry>();
  /** The same entries in no order, for random eviction and learners' functions. */
  private readonly list: Entry[] = [];
  private readonly rng: Rng;
  private readonly policy: EvictionPolicy | null;
  private readonly state: {
    now: number;
    random: () => number;
    vars: Record<string, number>;
    data: Record<string, unknown>;
  };
  /** Counters since the start. */
  hits = 0;
  misses = 0;
  evictions = 0;
  expirations = 0;

  constructor(config: CacheConfig, rng: Rng) {
    this.config = config;
    this.rng = rng;
    this.policy = typeof config.eviction === 'string' ? null : config.eviction;
    this.state = { now: 0, random: () => rng.next(), vars: {}, data: {} };
  }

  /** Zero the hit, miss, eviction and expiry counters (after a warm-up). */
  resetCounters(): void {
    this.hits = 0;
    this.misses = 0;
    this.evictions = 0;
    this.expirations = 0;
  }

  /** Entries held now (expired ones included until read). */
  get size(): number {
    return this.list.length;
  }

  /** Whether `key` is held and fresh at `now`; counts a hit or a miss, updates recency. */
  get(key: number, now: number): boolean {
    const e = this.map.get(key);
    if (e !== undefined && e.expiresAtMs <= now) {
      this.expirations++;
      this.remove(e, now);
    } else if (e !== undefined) {
      this.hits++;
      e.hits++;
      e.lastUsedAtMs = now;
      if (this.config.eviction === 'lru') {
        this.map.delete(key);
        this.map.set(key, e);
      }
      if (this.policy?.touched) this.policy.touched(e, this.at(now));
      return true;
    }
    this.misses++;
    return false;
  }

  /** Whether `key` is held and fresh, without counting or touching anything. */
  peek(key: number, now: number): boolean {
    const e = this.map.get(key);
    return e !== undefined && e.expiresAtMs > now;
  }

  /** Store `key` (after a miss fetched it), evicting one entry first if the cache is full. */
  set(key: number, now: number): void {
    const old = this.map.get(key);
    if (old !== undefined) this.remove(old, now);
    if (this.list.length >= this.config.capacity) this.evictOne(now);
    const c = this.config;
    const ttl = c.ttlJitter > 0 ? c.ttlMs * (1 - c.ttlJitter * this.rng.next()) : c.ttlMs;
    const e: Entry = {
      key,
      storedAtMs: now,
      lastUsedAtMs: now,
      expiresAtMs: now + ttl,
      hits: 0,
      slot: this.list.length,
    };
    this.list.push(e);
    this.map.set(key, e);
    if (this.policy?.touched) this.policy.touched(e, this.at(now));
  }

  /** Drop `key` (invalidation after a write); returns whether it was held. */
  delete(key: number, now: number): boolean {
    const e = this.map.get(key);
    if (e === undefined) return false;
    this.remove(e, now);
    return true;
  }

  private evictOne(now: number): void {
    let victim: Entry;
    const ev = this.config.eviction;
    if (ev === 'lru' || ev === 'fifo') {
      victim = this.map.values().next().value!;
    } else if (ev === 'random') {
      victim = this.list[this.rng.int(this.list.length)]!;
    } else {
      const size = this.list.length;
      const choice = ev.victim(this.list, this.at(now));
      // The policy gets the cache's own list (no copy per eviction); one that sorted or spliced
      // it in place has broken the positions the cache keeps, so say that rather than fail later.
      if (this.list.length !== size || this.list.some((entry, i) => entry.slot !== i))
        throw new ConfigError(
          'cache.eviction',
          'changed the list of entries it was given (sorted or spliced it in place?): leave ' +
            'it as it is, and sort a copy if you need one ([...entries].sort(…))',
        );
      const e =
        typeof choice === 'number' ? this.list[choice] : this.map.get((choice as Entry)?.key);
      if (e === undefined || (typeof choice !== 'number' && e !== choice))
        throw new ConfigError(
          'cache.eviction',
          `returned ${describeChoice(choice)}, ` +
            `which is not an entry of the ${this.list.length} it was given` +
            // A copy ({ ...entry }) has an entry's key but is not the entry the cache holds.
            (e !== undefined
              ? ` (a copy of the entry for key ${e.key}: return the entry itself, or its position)`
              : ''),
        );
      victim = e;
    }
    this.evictions++;
    this.remove(victim, now);
  }

  private remove(e: Entry, now: number): void {
    this.map.delete(e.key);
    const last = this.list.pop()!;
    if (last !== e) {
      this.list[e.slot] = last;
      last.slot = e.slot;
    }
    if (this.policy?.removed) this.policy.removed(e, this.at(now));
  }

  private at(now: number): EvictionState {
    this.state.now = now;
    return this.state;
  }
}

/** A cache in a scenario: in front of its database, with the popularity of the keys it is asked for. */
export interface ScenarioCacheSpec extends CacheSpec {
  /**
   * Every database query of a request reads one key, drawn from `count` keys with Zipf popularity
   * of exponent `zipfExponent` (default 10 000 keys, s = 0.9).
   */
  keys?: { count: number; zipfExponent: number };
}

/** A scenario's cache with every default filled in. */
export interface ScenarioCacheConfig extends CacheConfig {
  keys: { count: number; zipfExponent: number };
}

/** Validate a scenario's cache; it needs a database to sit in front of. */
export function checkScenarioCache(
  value: unknown,
  hasDatabase: boolean,
  field = 'cache',
): ScenarioCacheConfig {
  if (!hasDatabase)
    throw new ConfigError(field, 'sits in front of the database: add a database to the scenario');
  const o = checkObject(value, field);
  const { keys, ...rest } = o;
  const config = checkCache(rest, field);
  let k = { count: 10_000, zipfExponent: 0.9 };
  if (keys !== undefined) {
    const ko = checkObject(keys, `${field}.keys`);
    checkKeys(ko, `${field}.keys`, ['count', 'zipfExponent']);
    k = {
      // Two tables of 8 bytes a key (popularity, cumulative): 16 MB at the limit.
      count: checkNumber(ko['count'], `${field}.keys.count`, {
        min: 1,
        max: 1_000_000,
        integer: true,
      }),
      zipfExponent: checkNumber(ko['zipfExponent'], `${field}.keys.zipfExponent`, {
        min: 0,
        max: 10,
      }),
    };
  }
  return { ...config, keys: k };
}

// ---------------------------------------------------------------------------------------------
// The read path: cache-aside

/** Receives finished reads. */
export interface CacheReadListener {
  /** A read finished: `hit` from the cache, else from the database (`ok` false if the query failed). */
  readDone(req: Request, ok: boolean, hit: boolean): void;
}

const LOOKUP_DONE = 0;

/**
 * Cache-aside: the application looks in the cache; on a hit it answers after the lookup; on a
 * miss it queries the database (`query`), stores the row in the cache, then answers. With
 * `coalesce`, a miss for a key whose query is already in flight waits for that query instead of
 * sending its own (request coalescing, "single flight").
 */
export class CacheAside implements EventHandler {
  readonly cache: Cache;
  /** Database queries sent and reads that waited on another read's query. */
  queries = 0;
  coalesced = 0;
  private readonly sim: Simulation;
  private readonly requests: RequestPool;
  private readonly hitTime: Sampler;
  private readonly query: (req: Request) => void;
  private readonly listener: CacheReadListener;
  private readonly target: number;
  /** Key of each request between its lookup and its answer, by token. */
  private readonly keyOf = new Map<number, number>();
  /** Reads waiting for the in-flight query of a key (the querying one first). */
  private readonly inFlight = new Map<number, Request[]>();

  constructor(
    sim: Simulation,
    requests: RequestPool,
    config: CacheConfig,
    rng: Rng,
    query: (req: Request) => void,
    listener: CacheReadListener,
  ) {
    this.sim = sim;
    this.requests = requests;
    this.cache = new Cache(config, rng.fork());
    this.hitTime = sampler(config.hitTimeMs, rng.fork(), 'cache.hitTimeMs');
    this.query = query;
    this.listener = listener;
    this.target = sim.register(this);
  }

  /** Read `key` for `req`: a lookup in the cache, then, on a miss, the database. */
  read(req: Request, key: number): void {
    this.keyOf.set(req.token, key);
    this.sim.schedule(this.sim.now + this.hitTime(), this.target, LOOKUP_DONE, req.token);
  }

  /** The lookup's answer arrived. */
  onEvent(_kind: number, token: number): void {
    const req = this.requests.resolve(token);
    if (req === undefined) return;
    const key = this.keyOf.get(token)!;
    const now = this.sim.now;
    if (this.cache.get(key, now)) {
      this.keyOf.delete(token);
      this.listener.readDone(req, true, true);
      return;
    }
    const waiting = this.inFlight.get(key);
    if (this.config.coalesce && waiting !== undefined) {
      this.coalesced++;
      waiting.push(req);
      return;
    }
    if (waiting === undefined) this.inFlight.set(key, [req]);
    else waiting.push(req);
    this.queries++;
    this.query(req);
  }

  /**
   * The database answered `req`'s query. With coalescing, every read waiting on it is answered
   * too; without, only `req` (the others have queries of their own).
   */
  queryDone(req: Request, ok: boolean): void {
    const key = this.keyOf.get(req.token);
    if (key === undefined) return;
    const now = this.sim.now;
    if (ok) this.cache.set(key, now);
    const waiting = this.inFlight.get(key) ?? [];
    if (this.config.coalesce) {
      this.inFlight.delete(key);
      for (const w of waiting) {
        this.keyOf.delete(w.token);
        this.listener.readDone(w, ok, false);
      }
      return;
    }
    const i = waiting.indexOf(req);
    if (i >= 0) waiting.splice(i, 1);
    if (waiting.length === 0) this.inFlight.delete(key);
    this.keyOf.delete(req.token);
    this.listener.readDone(req, ok, false);
  }

  private get config(): CacheConfig {
    return this.cache.config;
  }
}

// ---------------------------------------------------------------------------------------------
// A whole run

/** A cache-aside run as JSON data. */
export interface CacheRunSpec {
  /** Simulated time, ms. */
  durationMs: number;
  /** Summary statistics ignore this initial period, ms (default 0: a cold start counts). */
  warmupMs?: number;
  /** Width of one time-series bucket, ms (default 1000). */
  resolutionMs?: number;
  /** Reads per second (Poisson). */
  ratePerSec: number;
  /** Key population: `count` keys with Zipf popularity of exponent `zipfExponent`. */
  keys: { count: number; zipfExponent: number };
  /** The cache; null or absent: every read queries the database. */
  cache?: CacheSpec | null;
  /** The database (default: 8 executors, lognormal queries of median 2 ms, pool 100). */
  database?: DatabaseSpec;
  /**
   * Start warm: before time 0 the cache has already served this much earlier traffic (same rate,
   * same keys), ms; entries keep the times they were stored then, so their expiries are spread
   * as in a cache that has been running. Default 0: a cold, empty cache at time 0.
   */
  warmStartMs?: number;
}

/** Results of `simulateCacheAside`. */
export interface CacheRunResult {
  summary: {
    reads: number;
    hits: number;
    /** hits ÷ answered reads after warm-up (coalesced reads count as misses). */
    hitRatio: number;
    /** Database queries per second after warm-up. */
    dbQueriesPerSec: number;
    /** Mean share of the database's executors busy after warm-up (0–1). */
    dbUtilisation: number;
    /** Reads that waited for another read's query. */
    coalesced: number;
    failed: number;
    latencyMs: { mean: number; p50: number; p95: number; p99: number };
  };
  /** One value per bucket; `t` is each bucket's start, ms. */
  series: {
    resolutionMs: number;
    t: number[];
    hitRatio: number[];
    dbQueriesPerSec: number[];
    dbUtilisation: number[];
    latencyP95Ms: number[];
    latencyMeanMs: number[];
  };
}

const ARRIVE = 0;
const BUCKET = 1;
const WARMUP_END = 2;

/**
 * Run Poisson reads of Zipf-popular keys through a cache-aside cache into a database, on the
 * engine's event loop. Deterministic per seed. Bounded: at most 2 million reads and 100 000 buckets.
 */
export function simulateCacheAside(spec: CacheRunSpec, options: { seed: number }): CacheRunResult {
  const o = checkObject(spec, 'spec');
  checkKeys(o, 'spec', [
    'durationMs',
    'warmupMs',
    'resolutionMs',
    'ratePerSec',
    'keys',
    'cache',
    'database',
    'warmStartMs',
  ]);
  const durationMs = checkNumber(spec.durationMs, 'durationMs', { above: 0, max: 86_400_000 });
  const warmupMs = optNumber(spec.warmupMs, 'warmupMs', 0, { min: 0 });
  if (warmupMs >= durationMs) throw new ConfigError('warmupMs', 'must be shorter than durationMs');
  const resolutionMs = optNumber(spec.resolutionMs, 'resolutionMs', 1000, { above: 0 });
  if (durationMs / resolutionMs > 100_000)
    throw new ConfigError('resolutionMs', 'must give at most 100000 buckets over durationMs');
  const rate = checkNumber(spec.ratePerSec, 'ratePerSec', { above: 0, max: 1_000_000 });
  if ((rate * durationMs) / 1000 > 2_000_000)
    throw new ConfigError(
      'ratePerSec',
      `× durationMs is ${Math.round((rate * durationMs) / 1000)} reads; at most 2000000`,
    );
  const keys = checkObject(spec.keys, 'keys');
  checkKeys(keys, 'keys', ['count', 'zipfExponent']);
  const popularity = zipfPopularity(
    checkNumber(keys['count'], 'keys.count', { min: 1, max: 1_000_000, integer: true }),
    checkNumber(keys['zipfExponent'], 'keys.zipfExponent', { min: 0, max: 10 }),
  );
  const cacheConfig =
    spec.cache === undefined || spec.cache === null ? null : checkCache(spec.cache);
  const warmStartMs = optNumber(spec.warmStartMs, 'warmStartMs', 0, { min: 0, max: 3_600_000 });
  if ((rate * warmStartMs) / 1000 > 2_000_000)
    throw new ConfigError('warmStartMs', `× ratePerSec must be at most 2000000 reads`);
  const dbConfig = checkDatabase(
    { capacity: 8, poolSize: 100, ...(spec.database ?? {}) },
    'database',
  );

  const root = new Rng(options.seed);
  const arrivalRng = root.fork();
  const keyRng = root.fork();
  const dbRng = root.fork();
  const cacheRng = root.fork();
  const warmRng = root.fork();
  const sim = new Simulation();
  const pool = new RequestPool();
  const nextKey = zipfSampler(popularity, keyRng);

  const buckets = Math.ceil(durationMs / resolutionMs);
  const series: CacheRunResult['series'] = {
    resolutionMs,
    t: [],
    hitRatio: [],
    dbQueriesPerSec: [],
    dbUtilisation: [],
    latencyP95Ms: [],
    latencyMeanMs: [],
  };
  const all = new LogHistogram();
  const bucketHist = new LogHistogram();
  let bucketHits = 0;
  let bucketDone = 0;
  let bucketQueries = 0;
  let bucketBusy = 0;
  let reads = 0;
  let hits = 0;
  let done = 0;
  let failed = 0;
  let queriesAfterWarmup = 0;
  let busyAtWarmup = 0;

  const finish = (req: Request, ok: boolean, hit: boolean) => {
    const now = sim.now;
    if (!ok) failed++;
    const latency = now - req.arrivalMs;
    bucketHist.record(latency);
    bucketDone++;
    if (hit) bucketHits++;
    if (req.arrivalMs >= warmupMs) {
      all.record(latency);
      done++;
      if (hit) hits++;
    }
    pool.release(req);
  };

  let aside: CacheAside | null = null;
  const db: Database = new Database(sim, pool, dbConfig, dbRng, {
    queryDone: (req, ok) => {
      if (aside) aside.queryDone(req, ok);
      else finish(req, ok, false);
    },
  });
  const countQuery = (req: Request) => {
    bucketQueries++;
    if (sim.now >= warmupMs) queriesAfterWarmup++;
    db.query(req);
  };
  if (cacheConfig)
    aside = new CacheAside(sim, pool, cacheConfig, cacheRng, countQuery, {
      readDone: finish,
    });

  if (aside && warmStartMs > 0) {
    // Replay earlier traffic through the cache alone (no database, no clock): only its contents matter.
    const warmKey = zipfSampler(popularity, warmRng);
    const cache = aside.cache;
    for (let t = -warmStartMs - Math.log(warmRng.nextOpen()) * (1000 / rate); t < 0;) {
      const key = warmKey();
      if (!cache.get(key, t)) cache.set(key, t);
      t -= Math.log(warmRng.nextOpen()) * (1000 / rate);
    }
    cache.resetCounters();
  }

  const handler: EventHandler = {
    onEvent: (kind) => {
      const now = sim.now;
      if (kind === ARRIVE) {
        const req = pool.acquire();
        req.arrivalMs = now;
        req.server = 0;
        reads++;
        if (aside) aside.read(req, nextKey());
        else countQuery(req);
        const next = now - Math.log(arrivalRng.nextOpen()) * (1000 / rate);
        if (next < durationMs) sim.schedule(next, target, ARRIVE);
        return;
      }
      db.flush(now);
      if (kind === WARMUP_END) {
        busyAtWarmup = db.busyArea;
        return;
      }
      // End of a bucket: one row of every series.
      const start = now - resolutionMs;
      series.t.push(start);
      series.hitRatio.push(bucketDone > 0 ? bucketHits / bucketDone : NaN);
      series.dbQueriesPerSec.push((bucketQueries * 1000) / resolutionMs);
      series.dbUtilisation.push((db.busyArea - bucketBusy) / (resolutionMs * dbConfig.capacity));
      series.latencyP95Ms.push(bucketHist.quantile(0.95));
      series.latencyMeanMs.push(bucketHist.mean());
      bucketBusy = db.busyArea;
      bucketHist.reset();
      bucketHits = 0;
      bucketDone = 0;
      bucketQueries = 0;
    },
  };
  const target = sim.register(handler);
  sim.schedule(-Math.log(arrivalRng.nextOpen()) * (1000 / rate), target, ARRIVE);
  if (warmupMs > 0) sim.schedule(warmupMs, target, WARMUP_END);
  for (let b = 1; b <= buckets; b++)
    sim.schedule(Math.min(b * resolutionMs, durationMs), target, BUCKET);
  sim.runUntil(durationMs);
  db.flush(durationMs);
  const measured = (durationMs - warmupMs) / 1000;
  return {
    summary: {
      reads,
      hits,
      hitRatio: done > 0 ? hits / done : NaN,
      dbQueriesPerSec: queriesAfterWarmup / measured,
      dbUtilisation: (db.busyArea - busyAtWarmup) / (measured * 1000 * dbConfig.capacity),
      coalesced: aside?.coalesced ?? 0,
      failed,
      latencyMs: {
        mean: all.mean(),
        p50: all.quantile(0.5),
        p95: all.quantile(0.95),
        p99: all.quantile(0.99),
      },
    },
    series,
  };
}
