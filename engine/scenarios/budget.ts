/**
 * The run's budget, checked before it starts: how many servers, series values and events a
 * validated scenario will need, against the limits of `core/limits.ts`. A scenario over budget is
 * refused with a `ConfigError` naming the field that drives the cost, the limit and why.
 */
import { ConfigError } from '../core/errors.ts';
import {
  MAX_EVENTS,
  MAX_SERIES_VALUES,
  MAX_SERVERS,
  RUN_MEMORY_BUDGET_MB,
} from '../core/limits.ts';
import { canPause, maxRate, ZERO_RATE_STEP_MS } from '../model/traffic.ts';
import { serverSeriesMetricNames, seriesMetricNames } from '../observe/recorder.ts';
import type { ScenarioConfig } from './validate.ts';

/** What a scenario is expected to cost. */
export interface RunBudget {
  /** Servers including autoscaled spares. */
  servers: number;
  /** Series buckets. */
  buckets: number;
  /** Values all series will hold. */
  seriesValues: number;
  /** Expected events and event-sized steps, by what causes them. */
  work: Record<string, number>;
  /** Their sum. */
  totalWork: number;
}

/** Built-in strategies that pick in O(1); the others (and a learner's function) scan every server. */
const constantTimeStrategies = new Set([
  'round-robin',
  'random',
  'power-of-two',
  'consistent-hash',
]);

/** Estimate what `cfg` costs (expected values; arrivals at the traffic's peak rate, an upper bound). */
export function estimateBudget(cfg: ScenarioConfig): RunBudget {
  // A rollout adds one replacement per server (it is never combined with autoscaling).
  const servers = cfg.rollout
    ? 2 * cfg.servers.length
    : Math.max(cfg.servers.length, cfg.autoscaler?.max ?? 0);
  const buckets = Math.ceil(cfg.durationMs / cfg.resolutionMs);
  const seriesValues =
    buckets * (seriesMetricNames.length + 1 + serverSeriesMetricNames.length * servers);
  const secs = cfg.durationMs / 1000;
  const t = cfg.traffic;
  // Poisson traffic proposes arrivals at the peak rate and thins them; constant traffic arrives
  // at most at the peak rate, and waits in small steps while the rate is 0.
  const arrivals = maxRate(t, cfg.durationMs) * secs;
  const work: Record<string, number> = {
    'traffic.ratePerSec': arrivals * 2,
    resolutionMs: buckets * (1 + servers),
  };
  if (t.kind === 'constant' && canPause(t)) work['traffic'] = cfg.durationMs / ZERO_RATE_STEP_MS;
  const strategy = cfg.loadBalancer.strategy;
  if (servers > 1 && !(typeof strategy === 'string' && constantTimeStrategies.has(strategy)))
    work['loadBalancer.strategy'] = arrivals * servers;
  const hc = cfg.loadBalancer.healthCheck;
  if (hc) work['loadBalancer.healthCheck.intervalMs'] = (cfg.durationMs / hc.intervalMs) * servers;
  if (cfg.autoscaler) work['autoscaler.intervalMs'] = cfg.durationMs / cfg.autoscaler.intervalMs;
  if (cfg.rollout?.analysis)
    work['rollout.analysis.intervalMs'] = cfg.durationMs / cfg.rollout.analysis.intervalMs;
  if (cfg.logs?.mode === 'shipped')
    work['logs.flushIntervalMs'] = (cfg.durationMs / cfg.logs.flushIntervalMs) * servers;
  let crashes = 0;
  for (const s of cfg.servers)
    if (s.mtbfMs !== Infinity) crashes += (2 * cfg.durationMs) / s.mtbfMs;
  if (crashes > 0) work['servers.mtbfMs'] = crashes;
  // Each alert evaluation reads the buckets of its window (a burn-rate rule reads four windows).
  let alertReads = 0;
  for (const rule of cfg.alerts) {
    const kind = rule.kind ?? 'threshold';
    const windowBuckets = (ms: number) => Math.min(buckets, Math.max(1, ms / cfg.resolutionMs));
    if (kind === 'threshold' && 'metric' in rule)
      alertReads += windowBuckets(rule.windowMs ?? cfg.resolutionMs);
    else if (kind === 'burn-rate' && 'objective' in rule) {
      const windows = rule.windows ?? [
        { longMs: 3_600_000, shortMs: 300_000 },
        { longMs: 21_600_000, shortMs: 1_800_000 },
      ];
      for (const w of windows)
        alertReads += 2 * (windowBuckets(w.longMs) + windowBuckets(w.shortMs));
    } else alertReads += 1;
  }
  if (alertReads > 0) work['alerts'] = alertReads * buckets;
  // A cache builds a popularity table of its keys; a learner's eviction function scans every entry.
  const cache = cfg.cache;
  if (cache) {
    work['cache.keys.count'] = 2 * cache.keys.count;
    if (typeof cache.eviction === 'object') work['cache.eviction'] = arrivals * cache.capacity;
  }
  let totalWork = 0;
  for (const v of Object.values(work)) totalWork += v;
  return { servers, buckets, seriesValues, work, totalWork };
}

/** `n` with thousands separators (messages stay readable whatever the locale). */
function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 1e15) return n.toExponential(2);
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Refuse `cfg` if it is over budget; returns the estimate otherwise. */
export function checkBudget(cfg: ScenarioConfig): RunBudget {
  const b = estimateBudget(cfg);
  if (cfg.servers.length > MAX_SERVERS)
    throw new ConfigError(
      'servers',
      `has ${fmt(cfg.servers.length)} servers; at most ${fmt(MAX_SERVERS)} (limit MAX_SERVERS: each server costs memory and time in every bucket)`,
    );
  if (b.servers > MAX_SERVERS)
    throw new ConfigError(
      cfg.rollout ? 'rollout' : 'autoscaler.max',
      `${cfg.rollout ? 'adds a replacement per server: ' : 'allows '}${fmt(b.servers)} servers; at most ${fmt(MAX_SERVERS)} (limit MAX_SERVERS)`,
    );
  if (b.seriesValues > MAX_SERIES_VALUES) {
    const perBucket = b.seriesValues / b.buckets;
    const coarsest = Math.ceil((cfg.durationMs * perBucket) / MAX_SERIES_VALUES);
    throw new ConfigError(
      'resolutionMs',
      `${fmt(b.buckets)} buckets × ${fmt(perBucket)} series (${b.servers} server(s)) = ${fmt(b.seriesValues)} values; at most ${fmt(MAX_SERIES_VALUES)} (limit MAX_SERIES_VALUES: 64 MB of the run's ${RUN_MEMORY_BUDGET_MB} MB memory budget); use resolutionMs >= ${fmt(coarsest)} or fewer servers`,
    );
  }
  if (b.totalWork > MAX_EVENTS) {
    let field = 'durationMs';
    let biggest = 0;
    for (const [k, v] of Object.entries(b.work)) {
      if (v > biggest) {
        biggest = v;
        field = k;
      }
    }
    const why: Record<string, string> = {
      'traffic.ratePerSec': `arrivals are drawn at the peak rate, ${fmt(maxRate(cfg.traffic, cfg.durationMs))}/s with spikes, bursts and ramps, over ${fmt(cfg.durationMs / 1000)} s`,
      traffic: 'constant traffic at rate 0 looks again every 10 ms',
      resolutionMs: `${fmt(b.buckets)} buckets, each visiting every server`,
      'loadBalancer.strategy': `the strategy scans ${b.servers} servers for each arrival`,
      'loadBalancer.healthCheck.intervalMs': `${fmt(biggest)} health probes`,
      'autoscaler.intervalMs': `${fmt(biggest)} autoscaling decisions`,
      'rollout.analysis.intervalMs': `${fmt(biggest)} canary analyses`,
      'logs.flushIntervalMs': `${fmt(biggest)} log flushes`,
      'servers.mtbfMs': `${fmt(biggest / 2)} random crashes`,
      alerts: `alert rules read ${fmt(biggest)} bucket values`,
      'cache.keys.count': `the cache's popularity table of ${fmt(cfg.cache?.keys.count ?? 0)} keys`,
      'cache.eviction': `the eviction function scans up to ${fmt(cfg.cache?.capacity ?? 0)} entries for each arrival`,
    };
    throw new ConfigError(
      field,
      `needs about ${fmt(b.totalWork)} events (${why[field] ?? field}); at most ${fmt(MAX_EVENTS)} per run (limit MAX_EVENTS: about 10–30 s of CPU); shorten durationMs or lower the load`,
    );
  }
  return b;
}
