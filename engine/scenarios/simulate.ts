import { Rng } from '../core/rng.ts';
import { ConfigError } from '../core/errors.ts';
import { Simulation, type EventHandler } from '../core/simulation.ts';
import { Database } from '../model/database.ts';
import { ExternalApi, type ApiErrorKind } from '../model/externalApi.ts';
import { LoadBalancer, type HealthEvent } from '../model/loadBalancer.ts';
import { LogSink, type LogSummary } from '../model/logSink.ts';
import { NetworkLink } from '../model/network.ts';
import { RequestPool, type Request } from '../model/request.ts';
import { Server, type DropReason, type ServerListener } from '../model/server.ts';
import { TrafficSource, type ArrivalSink } from '../model/traffic.ts';
import { AlertManager, type AlertsResult } from '../observe/alerts.ts';
import { Autoscaler, type ScalingEvent } from '../model/autoscaler.ts';
import { Rollout, newVersionSpecs, type RolloutResult } from '../model/rollout.ts';
import { PERCENTILE_METHOD } from '../observe/histogram.ts';
import { Recorder, type SeriesResult } from '../observe/recorder.ts';
import type { Scenario, SimulateOptions } from './scenario.ts';
import { checkScenario, type ScenarioConfig } from './validate.ts';

/** Latency statistics of successful requests, ms. NaN when nothing completed (null in JSON). */
export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Totals of one server over the measurement window. */
export interface ServerSummary {
  name: string;
  /** Requests it answered. */
  completed: number;
  /** Requests it refused or lost. */
  dropped: number;
  /** CPU cores. */
  cores: number;
  /** Worker pool size (concurrency limit). */
  workers: number;
  /** Mean busy fraction of its cores (CPU), 0..1. */
  utilisation: number;
  /** Mean busy fraction of its workers (the pool), 0..1: can be near 1 while CPU is low (requests waiting on I/O). */
  workerUtilisation: number;
  /** Time-average queue length (requests waiting for a worker). */
  meanQueueLength: number;
  /** Time-average run-queue length (requests holding a worker, waiting for a core). */
  meanRunQueueLength: number;
  /** Fraction of core time idle while a page-in was outstanding (Linux's iowait), 0..1. */
  ioWait: number;
  /** Fraction of time at least one request was stalled on a page-in (PSI memory "some"), 0..1. */
  memoryStall: number;
  /** Major page faults (page-ins from swap) in the window. */
  majorFaults: number;
  /** Major page faults per second. */
  majorFaultsPerSec: number;
  /** Time-average swap in use (memory beyond RAM), MB. */
  meanSwapUsedMb: number;
  /** Time-average memory in use, MB. */
  meanMemoryMb: number;
  /** Times it crashed (whole run). */
  crashes: number;
  /** Fraction of the window it was up. */
  availability: number;
  /** What it cost over the whole run (while provisioned), USD. */
  cost: number;
}

/** Whole-run statistics over the measurement window (after `warmupMs`). */
export interface Summary {
  /** Scenario name. */
  name: string;
  /** Seed used. */
  seed: number;
  /** Length of the measurement window, ms (duration − warm-up). */
  measuredMs: number;
  /** Requests that arrived in the window. */
  arrived: number;
  /** Requests answered successfully in the window. */
  completed: number;
  /** Requests refused in the window (full queue, server down, no healthy server). */
  dropped: number;
  /** Requests that failed in the window (crash, database or API failure, network). */
  failed: number;
  /** Arrivals per second. */
  arrivalRatePerSec: number;
  /** Successful completions per second. */
  throughputPerSec: number;
  /** Response time (arrival → response delivered) of successful requests that arrived in the window. */
  latencyMs: LatencySummary;
  /** How percentiles are estimated. */
  percentileMethod: string;
  /** Mean busy fraction of the cores of machines while up (CPU), 0..1. */
  utilisation: number;
  /** Mean busy fraction of the workers of machines while up (pool utilisation), 0..1. */
  workerUtilisation: number;
  /** Fraction of core time idle while a page-in was outstanding (iowait), 0..1. */
  ioWait: number;
  /** Major page faults per second, all servers. */
  majorFaultsPerSec: number;
  /** (dropped + failed) / (completed + dropped + failed); 0 when nothing finished. */
  errorRate: number;
  /** Time-average number of requests in the system (arrived, not yet answered): L of Little's law. */
  meanInSystem: number;
  /** Time-average number waiting in server queues. */
  meanQueueLength: number;
  /** Fraction of requests that waited for a worker (Erlang C's P(wait) for M/M/c, where workers = cores). */
  waitProbability: number;
  /** Mean wait for a worker (queueing delay, Wq), ms. */
  meanWaitMs: number;
  /** Requests still in flight when the run stopped. */
  inFlightAtEnd: number;
  /** Client network bytes in and out (whole run). */
  bytesIn: number;
  bytesOut: number;
  /** Cost of the servers over the whole run, USD. */
  cost: number;
  /** Notifications of alerts that fired. */
  alertsFired: number;
  /** Simulation events processed. */
  events: number;
  /** Per server. */
  servers: ServerSummary[];
  /** Database totals, when there is one. */
  database?: { queries: number; failures: number; utilisation: number };
  /** External-API totals, when there is one. */
  externalApi?: {
    attempts: number;
    successes: number;
    errors: number;
    timeouts: number;
    rateLimited: number;
    retries: number;
    failedCalls: number;
    charges: number;
    duplicateCharges: number;
  };
  /** Log totals, when logging is configured. */
  logs?: Omit<LogSummary, 'recent'>;
}

/** One request's story (only with `trace`). */
export interface TraceRecord {
  id: number;
  clientId: number;
  type: string;
  /** Server name, or '' if it never reached one. */
  server: string;
  arrivalMs: number;
  /** When a worker took it (NaN if never). */
  startMs: number;
  endMs: number;
  status: 'ok' | 'dropped' | 'failed';
  /** Why it was dropped or failed. */
  reason: string;
  /** External-API attempts it made. */
  apiAttempts: number;
}

/** Everything a run produces, as plain (structured-clone and JSON safe) data. */
export interface SimResult {
  summary: Summary;
  series: SeriesResult;
  /** Alert state changes and notifications. */
  alerts: AlertsResult;
  /** Load-balancer health changes (with health checks). */
  health: HealthEvent[];
  /** Autoscaling decisions that changed the fleet (with `autoscaler`). */
  scaling: ScalingEvent[];
  /** The latest stored log records (with `logs`). */
  logs: LogSummary['recent'];
  /** Per-request traces (only with `options.trace`), earliest first, capped. */
  traces?: TraceRecord[];
  /** What the deploy did (with `rollout`). */
  rollout?: RolloutResult;
}

const ROUTE = 0;
const DELIVER_OK = 1;
const DELIVER_FAIL = 2;

/** The assembled topology: owns the request lifecycle from arrival to answer. */
class System implements EventHandler, ServerListener, ArrivalSink {
  readonly sim = new Simulation();
  readonly pool = new RequestPool();
  readonly servers: Server[];
  readonly recorder: Recorder;
  readonly lb: LoadBalancer | undefined;
  readonly dbs: Database[] = [];
  readonly api: ExternalApi | undefined;
  readonly logs: LogSink | undefined;
  readonly alerts: AlertManager;
  readonly traces: TraceRecord[] | undefined;
  readonly autoscaler: Autoscaler | undefined;
  readonly rollout: Rollout | undefined;
  inFlight = 0;
  private readonly clientIn: NetworkLink | undefined;
  private readonly clientOut: NetworkLink | undefined;
  private readonly target: number;
  private readonly cfg: ScenarioConfig;
  private readonly traceLimit: number;
  /** No database and no API: requests answer straight after their CPU phase. */
  private readonly noIo: boolean;

  constructor(cfg: ScenarioConfig, seed: number, trace: boolean | number) {
    this.cfg = cfg;
    const sim = this.sim;
    const root = new Rng(seed);
    // Fixed fork order: each model's stream does not depend on how many draws others make.
    const trafficRng = root.fork();
    const lbRng = root.fork();
    const serverRngs = cfg.servers.map(() => root.fork());
    const netRng = root.fork();
    const dbRng = root.fork();
    const apiRng = root.fork();
    const logRng = root.fork();
    this.target = sim.register(this);
    const specs = [...cfg.servers];
    const scaler = cfg.autoscaler;
    // Autoscaling spares exist from the start, switched off, so every array stays fixed-size.
    for (let k = 1; scaler && specs.length < scaler.max; k++) {
      specs.push({ ...cfg.servers[0]!, name: `auto${k}`, crashes: [] });
    }
    const spareRng = root.fork();
    // Forked only with a rollout, so scenarios without one keep every random stream.
    const rolloutRng = cfg.rollout ? root.fork() : undefined;
    // The new version: one replacement per server, switched off until the rollout starts it.
    if (cfg.rollout) specs.push(...newVersionSpecs(cfg.servers, cfg.rollout));
    this.servers = specs.map(
      (spec, i) => new Server(sim, this.pool, i, spec, serverRngs[i] ?? spareRng.fork(), this),
    );
    for (let i = cfg.servers.length; i < specs.length; i++) this.servers[i]!.startOff();
    if (cfg.rollout) this.rollout = new Rollout(sim, this.servers, cfg.rollout, rolloutRng!);
    this.recorder = new Recorder(sim, this.servers, cfg.durationMs, cfg.resolutionMs, cfg.warmupMs);
    this.alerts = new AlertManager(cfg.alerts, cfg.resolutionMs);
    if (cfg.alerts.length > 0) this.recorder.onBucket = (_now, q) => this.alerts.evaluate(q);
    this.checkAlertMetrics();
    const lbNeeded = this.servers.length > 1 || cfg.loadBalancer.healthCheck !== null;
    this.lb = lbNeeded
      ? new LoadBalancer(
          this.servers,
          cfg.loadBalancer.strategy,
          lbRng,
          sim,
          cfg.loadBalancer.healthCheck ?? undefined,
          cfg.durationMs,
        )
      : undefined;
    if (cfg.network.client) {
      this.clientIn = new NetworkLink(cfg.network.client, netRng.fork(), 'network.client');
      this.clientOut = new NetworkLink(cfg.network.client, netRng.fork(), 'network.client');
    }
    const db = cfg.database;
    if (db) {
      const count = db.kind === 'local' ? this.servers.length : 1;
      for (let i = 0; i < count; i++)
        this.dbs.push(new Database(sim, this.pool, db, dbRng.fork(), this));
    }
    if (cfg.externalApi) this.api = new ExternalApi(sim, this.pool, cfg.externalApi, apiRng, this);
    if (cfg.logs) this.logs = new LogSink(sim, cfg.logs, logRng, cfg.durationMs);
    if (scaler) {
      this.autoscaler = new Autoscaler(
        sim,
        this.servers,
        scaler,
        () => this.recorder.queryAt(sim.now),
        cfg.durationMs,
      );
    }
    this.noIo = this.dbs.length === 0 && this.api === undefined;
    const strategy = cfg.loadBalancer.strategy;
    // Only peak-EWMA (or a learner's function, which might read it) needs the latency estimate.
    const needsLatency =
      this.lb !== undefined && (strategy === 'peak-ewma' || typeof strategy === 'function');
    for (const s of this.servers) s.trackLatency = needsLatency;
    this.traceLimit =
      trace === true ? 10_000 : trace === false ? 0 : Math.max(0, Math.floor(trace));
    if (this.traceLimit > 0) this.traces = [];
    new TrafficSource(sim, this.pool, cfg.traffic, trafficRng, this, cfg.durationMs);
  }

  /** A request arrives from a client. */
  arrive(req: Request): void {
    const now = this.sim.now;
    this.recorder.onArrival(now);
    this.inFlight++;
    const bytes = this.cfg.network.requestBytes;
    this.recorder.bytesIn += bytes;
    if (this.clientIn) {
      const t = this.clientIn.send(bytes, now);
      if (t < 0) {
        this.finishFailed(req, 'network-partition', false);
        return;
      }
      req.outside = true;
      this.sim.schedule(t, this.target, ROUTE, req.token);
      return;
    }
    this.route(req);
  }

  /** Routing and delivery events. */
  onEvent(kind: number, token: number): void {
    const req = this.pool.resolve(token);
    if (req === undefined) return;
    req.outside = false;
    if (kind === ROUTE) this.route(req);
    else if (kind === DELIVER_OK) this.deliverOk(req);
    else this.finishFailed(req, req.failReason, false);
  }

  /** Server finished the CPU phase: run the request's queries and API calls, then answer. */
  cpuDone(req: Request): void {
    if (this.rollout?.fails(req.server)) {
      this.respond(req, false, 'bad-version');
      return;
    }
    if (this.noIo) {
      this.respond(req, true, '');
      return;
    }
    const type = this.cfg.traffic.requestTypes[req.typeIndex]!;
    req.dbLeft = this.dbs.length > 0 ? (type.dbQueries ?? this.cfg.database!.queriesPerRequest) : 0;
    req.apiLeft = this.api ? (type.apiCalls ?? this.cfg.externalApi!.callsPerRequest) : 0;
    this.continueIo(req);
  }

  /** A database query finished. */
  queryDone(req: Request, ok: boolean): void {
    req.outside = false;
    if (req.dead) return this.releaseDead(req);
    if (!ok) return this.respond(req, false, 'database');
    this.continueIo(req);
  }

  /** An external-API call finished (after retries). */
  callDone(req: Request, ok: boolean, error: ApiErrorKind | null): void {
    req.outside = false;
    this.api!.forget(req);
    if (req.dead) return this.releaseDead(req);
    if (!ok) return this.respond(req, false, `api-${error ?? 'error'}`);
    this.continueIo(req);
  }

  /** An API attempt failed and will be retried. */
  retrying(req: Request, attempt: number, error: ApiErrorKind, delayMs: number): void {
    if (req.server < 0 || !this.logs?.enabled('warn')) return;
    this.logs.write(req.server, {
      tMs: this.sim.now,
      level: 'warn',
      requestId: req.id,
      server: this.servers[req.server]!.name,
      message: `${this.api!.config.name} attempt ${attempt} ${error}; retry in ${Math.round(delayMs)} ms`,
    });
  }

  /** A server refused or lost a request. */
  dropped(req: Request, server: Server, reason: DropReason): void {
    if (reason === 'crash') {
      this.recorder.onFail(this.sim.now, server.index);
      this.endRequest(req, 'failed', 'server-crash');
      if (req.outside) {
        // The database or the API still holds it; it is released when they hand it back.
        req.dead = true;
      } else {
        this.pool.release(req);
      }
      return;
    }
    this.recorder.onDrop(this.sim.now, server.index);
    this.log(req, server.index, 'error', `dropped: ${reason}`);
    this.endRequest(req, 'dropped', reason);
    this.pool.release(req);
  }

  /** A server crashed (its unshipped logs are lost). */
  crashed(server: Server): void {
    this.logs?.crashed(server.index);
  }

  private route(req: Request): void {
    const server = this.lb ? this.lb.route(req, this.sim.now) : this.servers[0]!;
    if (server === undefined) {
      this.recorder.onDrop(this.sim.now);
      this.endRequest(req, 'dropped', 'no-server');
      this.pool.release(req);
      return;
    }
    if (this.rollout?.refuses(server)) {
      // In the load balancer before it can serve (no readiness probe): the connection is refused.
      req.server = server.index;
      this.recorder.onDrop(this.sim.now, server.index);
      this.endRequest(req, 'dropped', 'not-ready');
      this.pool.release(req);
      return;
    }
    server.accept(req);
  }

  private continueIo(req: Request): void {
    if (req.dbLeft > 0) {
      req.dbLeft--;
      req.outside = true;
      this.dbs[this.dbs.length === 1 ? 0 : req.server]!.query(req);
      return;
    }
    if (req.apiLeft > 0) {
      req.apiLeft--;
      req.outside = true;
      this.api!.call(req);
      return;
    }
    this.respond(req, true, '');
  }

  /** The server answers: free it, then send the response back over the network. */
  private respond(req: Request, ok: boolean, reason: string): void {
    const server = this.servers[req.server]!;
    server.finish(req);
    const bytes = ok ? req.sizeBytes : 200;
    this.recorder.addBytesOut(req.server, bytes);
    // The server logs when it answers (a crash after this cannot un-write it, only lose it unshipped).
    if (!ok) this.log(req, req.server, 'error', `failed: ${reason}`);
    else if (this.logs?.enabled('info')) {
      this.log(
        req,
        req.server,
        'info',
        `ok ${req.type} in ${Math.round(this.sim.now - req.arrivalMs)} ms`,
      );
    }
    req.failReason = reason;
    if (this.clientOut) {
      const t = this.clientOut.send(bytes, this.sim.now);
      if (t < 0) {
        this.finishFailed(req, 'network-partition', ok);
        return;
      }
      req.outside = true;
      this.sim.schedule(t, this.target, ok ? DELIVER_OK : DELIVER_FAIL, req.token);
      return;
    }
    if (ok) this.deliverOk(req);
    else this.finishFailed(req, reason, false);
  }

  private deliverOk(req: Request): void {
    const now = this.sim.now;
    this.recorder.onServed(now, req.arrivalMs, req.server);
    this.endRequest(req, 'ok', '');
    this.pool.release(req);
  }

  private finishFailed(req: Request, reason: string, logIt: boolean): void {
    this.recorder.onFail(this.sim.now, req.server);
    if (logIt) this.log(req, req.server, 'error', `failed: ${reason}`);
    this.endRequest(req, 'failed', reason);
    this.pool.release(req);
  }

  private releaseDead(req: Request): void {
    this.pool.release(req);
  }

  private endRequest(req: Request, status: TraceRecord['status'], reason: string): void {
    this.inFlight--;
    this.rollout?.finished(req.server, status === 'ok', this.sim.now - req.arrivalMs, reason);
    const traces = this.traces;
    if (traces && traces.length < this.traceLimit) {
      traces.push({
        id: req.id,
        clientId: req.clientId,
        type: req.type,
        server: req.server >= 0 ? this.servers[req.server]!.name : '',
        arrivalMs: req.arrivalMs,
        startMs: req.startMs > 0 || req.server >= 0 ? req.startMs : NaN,
        endMs: this.sim.now,
        status,
        reason,
        apiAttempts: req.attempt,
      });
    }
  }

  private log(
    req: Request,
    server: number,
    level: 'info' | 'warn' | 'error',
    message: string,
  ): void {
    if (!this.logs || server < 0 || !this.servers[server]!.up) return;
    this.logs.write(server, {
      tMs: this.sim.now,
      level,
      requestId: req.id,
      server: this.servers[server]!.name,
      message,
    });
  }

  /** Threshold rules must name a metric that exists: fail before running, naming the rule. */
  private checkAlertMetrics(): void {
    this.cfg.alerts.forEach((rule, i) => {
      if ((rule.kind ?? 'threshold') !== 'threshold' || !('metric' in rule)) return;
      if (this.recorder.seriesOf(rule.metric) === undefined) {
        throw new ConfigError(
          `alerts[${i}].metric`,
          `unknown metric '${rule.metric}'; use one of ${Object.keys(this.recorder.metrics).join(', ')} or servers.<name>.<metric>`,
        );
      }
    });
  }
}

/**
 * A scenario being run step by step, for live views: the caller drives time with `runUntil` or
 * `step` and reads `result()` whenever it likes (series hold the buckets closed so far).
 */
export class SimulationRun {
  private readonly cfg: ScenarioConfig;
  private readonly sys: System;
  private readonly seed: number;
  private finished = false;

  /** Validate `scenario` (throws `ConfigError`) and set it up at time 0. */
  constructor(scenario: Scenario, options: SimulateOptions) {
    this.cfg = checkScenario(scenario);
    this.seed = options.seed;
    this.sys = new System(this.cfg, options.seed, options.trace ?? false);
  }

  /** Simulated time now, ms. */
  get now(): number {
    return this.sys.sim.now;
  }

  /** The scenario's duration, ms. */
  get durationMs(): number {
    return this.cfg.durationMs;
  }

  /** Whether the run has reached its duration. */
  get done(): boolean {
    return this.sys.sim.now >= this.cfg.durationMs;
  }

  /** Process every event up to `t` (capped at the duration), ms. */
  runUntil(t: number): void {
    this.sys.sim.runUntil(Math.min(t, this.cfg.durationMs));
  }

  /** Process the next event (false when none is left before the end). */
  step(): boolean {
    if (this.sys.sim.nextTime() > this.cfg.durationMs) {
      this.sys.sim.runUntil(this.cfg.durationMs);
      return false;
    }
    return this.sys.sim.step();
  }

  /** Results up to now; once `done`, the final results (the last partial bucket is closed). */
  result(): SimResult {
    const now = Math.min(this.sys.sim.now, this.cfg.durationMs);
    if (this.done && !this.finished) {
      this.finished = true;
      this.sys.recorder.finish(this.cfg.durationMs);
    }
    const r = summarize(this.sys, this.cfg, this.seed, now);
    // Mid-run the recorder keeps appending: hand out copies so earlier results stay as they were.
    return this.finished ? r : structuredClone(r);
  }
}

/**
 * Run a scenario to its end, synchronously. Pure: the same scenario and seed give the same result.
 * Throws `ConfigError` (naming the field and the allowed range) for an invalid scenario.
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimResult {
  const run = new SimulationRun(scenario, options);
  run.runUntil(Infinity);
  return run.result();
}

/** Turn the state of a run at `endMs` into plain-data results. */
function summarize(sys: System, cfg: ScenarioConfig, seed: number, endMs: number): SimResult {
  const { sim, recorder, servers } = sys;
  recorder.moveInSystem(endMs, 0);
  const end = recorder.snapshot(endMs);
  const warm = recorder.warmupSnapshot;
  // Before warm-up ends nothing is measured yet; a tiny window keeps the ratios finite.
  const measuredMs = Math.max(endMs - cfg.warmupMs, 1e-9);
  const secs = measuredMs / 1000;
  let busy = 0;
  let queue = 0;
  let cores = 0;
  let workerBusy = 0;
  let workers = 0;
  let ioWait = 0;
  let faults = 0;
  let cost = 0;
  let starts = 0;
  let waited = 0;
  let waitSum = 0;
  const serverSummaries: ServerSummary[] = servers.map((s, i) => {
    const a = end[i]!;
    const b = warm[i]!;
    busy += a.busy - b.busy;
    queue += a.queue - b.queue;
    cores += (s.cores * (a.up - b.up)) / measuredMs;
    workerBusy += a.workers - b.workers;
    workers += (s.workers * (a.up - b.up)) / measuredMs;
    ioWait += a.ioWait - b.ioWait;
    faults += a.faults - b.faults;
    starts += a.starts - b.starts;
    waited += a.waited - b.waited;
    waitSum += a.waitSum - b.waitSum;
    const upMs = a.up - b.up;
    const c = (s.config.pricePerHour * a.prov) / 3_600_000;
    cost += c;
    return {
      name: s.name,
      completed: a.served - b.served,
      dropped: a.dropped - b.dropped,
      cores: s.cores,
      workers: s.workers,
      utilisation: (a.busy - b.busy) / (s.cores * measuredMs),
      workerUtilisation: (a.workers - b.workers) / (s.workers * measuredMs),
      meanQueueLength: (a.queue - b.queue) / measuredMs,
      meanRunQueueLength: (a.runQueue - b.runQueue) / measuredMs,
      ioWait: (a.ioWait - b.ioWait) / (s.cores * measuredMs),
      memoryStall: (a.stall - b.stall) / measuredMs,
      majorFaults: a.faults - b.faults,
      majorFaultsPerSec: (a.faults - b.faults) / secs,
      meanSwapUsedMb: (a.swap - b.swap) / measuredMs,
      meanMemoryMb:
        (s.config.baseMemoryMb * upMs + s.config.memoryPerRequestMb * (a.inFlight - b.inFlight)) /
        measuredMs,
      crashes: s.crashes,
      availability: upMs / measuredMs,
      cost: c,
    };
  });
  const h = recorder.latency;
  const finished = recorder.wServed + recorder.wDropped + recorder.wFailed;
  const alerts = sys.alerts.result();
  const summary: Summary = {
    name: cfg.name,
    seed,
    measuredMs,
    arrived: recorder.wArrived,
    completed: recorder.wServed,
    dropped: recorder.wDropped,
    failed: recorder.wFailed,
    arrivalRatePerSec: recorder.wArrived / secs,
    throughputPerSec: recorder.wServed / secs,
    latencyMs: {
      mean: h.mean(),
      p50: h.quantile(0.5),
      p95: h.quantile(0.95),
      p99: h.quantile(0.99),
      max: h.count > 0 ? h.max : NaN,
    },
    percentileMethod: PERCENTILE_METHOD,
    utilisation: busy / (cores * measuredMs),
    workerUtilisation: workers > 0 ? workerBusy / (workers * measuredMs) : 0,
    ioWait: cores > 0 ? ioWait / (cores * measuredMs) : 0,
    majorFaultsPerSec: faults / secs,
    errorRate: finished > 0 ? (recorder.wDropped + recorder.wFailed) / finished : 0,
    meanInSystem: (recorder.inSystemArea - recorder.warmInSystemArea) / measuredMs,
    meanQueueLength: queue / measuredMs,
    waitProbability: starts > 0 ? waited / starts : 0,
    meanWaitMs: starts > 0 ? waitSum / starts : 0,
    inFlightAtEnd: sys.inFlight,
    bytesIn: recorder.bytesIn,
    bytesOut: recorder.bytesOut,
    cost,
    alertsFired: alerts.notifications.filter((n) => n.kind === 'firing').length,
    events: sim.eventCount,
    servers: serverSummaries,
  };
  if (sys.dbs.length > 0) {
    let q = 0;
    let f = 0;
    let area = 0;
    let cap = 0;
    for (const d of sys.dbs) {
      d.flush(endMs);
      q += d.queries;
      f += d.failures;
      area += d.busyArea;
      cap += d.config.capacity;
    }
    summary.database = {
      queries: q,
      failures: f,
      utilisation: area / (cap * Math.max(endMs, 1e-9)),
    };
  }
  if (sys.api) {
    const a = sys.api;
    summary.externalApi = {
      attempts: a.attempts,
      successes: a.successes,
      errors: a.errors,
      timeouts: a.timeouts,
      rateLimited: a.rateLimited,
      retries: a.retries,
      failedCalls: a.failedCalls,
      charges: a.charges,
      duplicateCharges: a.duplicateCharges,
    };
  }
  let recent: LogSummary['recent'] = [];
  if (sys.logs) {
    const { recent: r, ...totals } = sys.logs.summary();
    summary.logs = totals;
    recent = r;
  }
  const result: SimResult = {
    summary,
    series: recorder.series(),
    alerts,
    health: sys.lb?.healthEvents ?? [],
    scaling: sys.autoscaler?.events ?? [],
    logs: recent,
  };
  if (sys.traces) result.traces = sys.traces;
  if (sys.rollout) result.rollout = sys.rollout.results();
  return result;
}
