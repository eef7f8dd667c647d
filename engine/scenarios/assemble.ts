/**
 * Assembly: turns a validated scenario into live components wired to the request lifecycle.
 *
 * Two orders are part of the engine's determinism and are written down here once:
 * - `RNG_STREAMS`: which random stream each component gets from the seed;
 * - the construction order in `assemble` (handler ids and the first scheduled events break
 *   same-time ties in that order).
 * A new optional component appends its stream to `RNG_STREAMS` (with 0 forks when it is absent)
 * and is constructed after the existing ones, so every scenario without it runs exactly as before.
 */
import { ConfigError } from '../core/errors.ts';
import { Rng } from '../core/rng.ts';
import { Simulation } from '../core/simulation.ts';
import { Autoscaler } from '../model/autoscaler.ts';
import { CacheAside, zipfPopularity, zipfSampler } from '../model/cache.ts';
import { Database } from '../model/database.ts';
import { ExternalApi } from '../model/externalApi.ts';
import { LoadBalancer } from '../model/loadBalancer.ts';
import { LogSink } from '../model/logSink.ts';
import { NetworkLink } from '../model/network.ts';
import { RequestPool } from '../model/request.ts';
import { Server, type ServerConfig } from '../model/server.ts';
import { TrafficSource } from '../model/traffic.ts';
import { AlertManager } from '../observe/alerts.ts';
import { Recorder } from '../observe/recorder.ts';
import { Rollout, newVersionSpecs } from '../model/rollout.ts';
import { RequestLifecycle } from './lifecycle.ts';
import type { ScenarioConfig } from './validate.ts';

/** One entry of the fork table: how many streams a component takes from the root generator. */
interface StreamSpec {
  readonly name: string;
  /** Streams to fork for this scenario (0 when the component is absent). */
  readonly forks: (cfg: ScenarioConfig) => number;
}

/**
 * The order in which the root generator (seeded with the run's seed) forks streams. Each fork
 * jumps the root 2^64 draws, so a component's numbers depend only on its position here, never on
 * how many draws the others make. Append only: inserting or reordering changes every seeded result.
 */
export const RNG_STREAMS = [
  /** Arrival times, clients, request types, payload sizes. */
  { name: 'traffic', forks: () => 1 },
  /** Random strategies (random, power of two) and a learner's `state.random()`. */
  { name: 'loadBalancer', forks: () => 1 },
  /** One per configured server: service times and random crashes. */
  { name: 'servers', forks: (cfg) => cfg.servers.length },
  /** Client links; each direction forks its own stream from this one. */
  { name: 'network', forks: () => 1 },
  /** Databases; each instance (one per server when local) forks its own. */
  { name: 'database', forks: () => 1 },
  /** External API: latencies, errors, retry jitter. */
  { name: 'externalApi', forks: () => 1 },
  /** Log shipping delays. */
  { name: 'logs', forks: () => 1 },
  /** Autoscaled spares: each forks its own stream from this one, in spare order. */
  { name: 'spares', forks: () => 1 },
  /** A rollout's bad-version errors (0 forks without a rollout). */
  { name: 'rollout', forks: (cfg) => (cfg.rollout ? 1 : 0) },
  /** Application cache: keys read, lookup times, random eviction, TTL jitter (none without a cache). */
  { name: 'cache', forks: (cfg) => (cfg.cache ? 1 : 0) },
] as const satisfies readonly StreamSpec[];

/** Name of a stream in `RNG_STREAMS`. */
export type StreamName = (typeof RNG_STREAMS)[number]['name'];

/** Fork every stream of `RNG_STREAMS` in order. */
export function forkStreams(seed: number, cfg: ScenarioConfig): Record<StreamName, Rng[]> {
  const root = new Rng(seed);
  const out = {} as Record<StreamName, Rng[]>;
  for (const s of RNG_STREAMS) {
    const n = s.forks(cfg);
    const list: Rng[] = [];
    for (let i = 0; i < n; i++) list.push(root.fork());
    out[s.name] = list;
  }
  return out;
}

/** A scenario's live components. */
export interface Topology {
  readonly cfg: ScenarioConfig;
  readonly sim: Simulation;
  readonly pool: RequestPool;
  readonly lifecycle: RequestLifecycle;
  /** Configured servers, then autoscaling spares or a rollout's new version (switched off). */
  readonly servers: Server[];
  readonly recorder: Recorder;
  readonly alerts: AlertManager;
  readonly lb: LoadBalancer | undefined;
  readonly dbs: Database[];
  /** Cache-aside in front of the database, when configured. */
  readonly cache: CacheAside | undefined;
  readonly api: ExternalApi | undefined;
  readonly logs: LogSink | undefined;
  readonly autoscaler: Autoscaler | undefined;
  readonly rollout: Rollout | undefined;
  readonly traffic: TrafficSource;
}

/** Per-request traces kept for `trace`: true → 10 000, a number → that many, false → none. */
export const DEFAULT_TRACE_LIMIT = 10_000;

/** Build every component of `cfg` at time 0 (throws `ConfigError` for an alert on an unknown metric). */
export function assemble(cfg: ScenarioConfig, seed: number, trace: boolean | number): Topology {
  const sim = new Simulation();
  const pool = new RequestPool();
  const rng = forkStreams(seed, cfg);
  const traceLimit =
    trace === true ? DEFAULT_TRACE_LIMIT : trace === false ? 0 : Math.max(0, Math.floor(trace));
  const lifecycle = new RequestLifecycle(sim, pool, cfg, traceLimit);

  // Servers; autoscaling spares exist from the start, switched off, so every array stays fixed-size.
  const specs: ServerConfig[] = [...cfg.servers];
  const scaler = cfg.autoscaler;
  for (let k = 1; scaler && specs.length < scaler.max; k++) {
    specs.push({ ...cfg.servers[0]!, name: `auto${k}`, crashes: [] });
  }
  // A rollout's new version: one replacement per server (never with autoscaling spares).
  if (cfg.rollout) specs.push(...newVersionSpecs(cfg.servers, cfg.rollout));
  const spareRng = rng.spares[0]!;
  const servers = specs.map(
    (spec, i) => new Server(sim, pool, i, spec, rng.servers[i] ?? spareRng.fork(), lifecycle),
  );
  for (let i = cfg.servers.length; i < specs.length; i++) servers[i]!.startOff();

  // Observation: series buckets, then the alert rules evaluated at each bucket.
  const recorder = new Recorder(sim, servers, cfg.durationMs, cfg.resolutionMs, cfg.warmupMs);
  const alerts = new AlertManager(cfg.alerts, cfg.resolutionMs);
  if (cfg.alerts.length > 0) recorder.onBucket = (_now, q) => alerts.evaluate(q);
  checkAlertMetrics(cfg, recorder);

  // The load balancer exists with several servers or with health checks.
  const lbNeeded = servers.length > 1 || cfg.loadBalancer.healthCheck !== null;
  const lb = lbNeeded
    ? new LoadBalancer(
        servers,
        cfg.loadBalancer.strategy,
        rng.loadBalancer[0]!,
        sim,
        cfg.loadBalancer.healthCheck ?? undefined,
        cfg.durationMs,
      )
    : undefined;

  let clientIn: NetworkLink | undefined;
  let clientOut: NetworkLink | undefined;
  if (cfg.network.client) {
    const netRng = rng.network[0]!;
    clientIn = new NetworkLink(cfg.network.client, netRng.fork(), 'network.client');
    clientOut = new NetworkLink(cfg.network.client, netRng.fork(), 'network.client');
  }

  const dbs: Database[] = [];
  const db = cfg.database;
  if (db) {
    const count = db.kind === 'local' ? servers.length : 1;
    const dbRng = rng.database[0]!;
    for (let i = 0; i < count; i++) dbs.push(new Database(sim, pool, db, dbRng.fork(), lifecycle));
  }
  const api = cfg.externalApi
    ? new ExternalApi(sim, pool, cfg.externalApi, rng.externalApi[0]!, lifecycle)
    : undefined;
  const logs = cfg.logs ? new LogSink(sim, cfg.logs, rng.logs[0]!, cfg.durationMs) : undefined;
  const autoscaler = scaler
    ? new Autoscaler(sim, servers, scaler, () => recorder.queryAt(sim.now), cfg.durationMs)
    : undefined;
  const rollout = cfg.rollout ? new Rollout(sim, servers, cfg.rollout, rng.rollout[0]!) : undefined;

  // Only peak-EWMA (or a learner's function, which might read it) needs the latency estimate.
  const strategy = cfg.loadBalancer.strategy;
  const needsLatency =
    lb !== undefined && (strategy === 'peak-ewma' || typeof strategy === 'function');
  for (const s of servers) s.trackLatency = needsLatency;

  // The cache last of the components: without one, handler ids and streams are as before.
  let cache: CacheAside | undefined;
  let cacheKey: (() => number) | undefined;
  if (cfg.cache) {
    const cacheRng = rng.cache[0]!;
    cacheKey = zipfSampler(
      zipfPopularity(cfg.cache.keys.count, cfg.cache.keys.zipfExponent),
      cacheRng.fork(),
    );
    cache = new CacheAside(
      sim,
      pool,
      cfg.cache,
      cacheRng,
      (req) => dbs[dbs.length === 1 ? 0 : req.server]!.query(req),
      lifecycle,
    );
  }

  lifecycle.connect({
    servers,
    recorder,
    lb,
    dbs,
    api,
    logs,
    clientIn,
    clientOut,
    rollout,
    ...(cache && cacheKey ? { cache, cacheKey } : {}),
  });
  // Traffic last: its first arrival is scheduled after every component's own first events.
  const traffic = new TrafficSource(
    sim,
    pool,
    cfg.traffic,
    rng.traffic[0]!,
    lifecycle,
    cfg.durationMs,
  );
  return {
    cfg,
    sim,
    pool,
    lifecycle,
    servers,
    recorder,
    alerts,
    lb,
    dbs,
    cache,
    api,
    logs,
    autoscaler,
    rollout,
    traffic,
  };
}

/** Threshold rules must name a metric that exists: fail before running, naming the rule. */
function checkAlertMetrics(cfg: ScenarioConfig, recorder: Recorder): void {
  cfg.alerts.forEach((rule, i) => {
    if ((rule.kind ?? 'threshold') !== 'threshold' || !('metric' in rule)) return;
    if (recorder.seriesOf(rule.metric) === undefined) {
      throw new ConfigError(
        `alerts[${i}].metric`,
        `unknown metric '${rule.metric}'; use one of ${Object.keys(recorder.metrics).join(', ')} or servers.<name>.<metric>`,
      );
    }
  });
}
