/**
 * What a run produces: plain data (structured-clone and JSON safe), the same in Node, a Worker and
 * the page. A new component adds an optional field to `Summary` (present only when the component is),
 * so results of scenarios without it stay identical.
 */
import type { LogSummary } from '../model/logSink.ts';
import type { HealthEvent } from '../model/loadBalancer.ts';
import type { ScalingEvent } from '../model/autoscaler.ts';
import type { RolloutResult } from '../model/rollout.ts';
import type { AlertsResult } from '../observe/alerts.ts';
import type { SeriesResult } from '../observe/recorder.ts';

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

/** Why a run ended before its duration: it outgrew one of the engine's limits. */
export type StopReason = 'in-flight-limit' | 'event-limit';

/**
 * A run that stopped early: what overload looks like as a result. The summary and series cover
 * the time until `atMs`; `message` is one sentence for the learner, computed from the run.
 */
export interface StoppedEarly {
  /** Simulated time the run stopped, ms. */
  atMs: number;
  /** The scenario's duration, ms (what the run would have covered). */
  durationMs: number;
  /** 'in-flight-limit': more requests in the system than the engine holds (the system cannot keep up); 'event-limit': the run did more work than one run may. */
  reason: StopReason;
  /** The limit that was reached (requests in flight, or events). */
  limit: number;
  /** E.g. "Stopped at 101 s of 3600 s: 200,000 requests in flight; they arrived at 2,000/s and were answered at 10/s — the system cannot keep up." */
  message: string;
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
  database?: {
    queries: number;
    failures: number;
    /** Busy share of the (primary) database's executors. */
    utilisation: number;
    /** With read replicas (`database.replicas`): queries they ran, and their busy share. */
    replicaQueries?: number;
    replicaUtilisation?: number;
  };
  /** Cache totals (whole run), when there is a cache in front of the database. */
  cache?: {
    hits: number;
    misses: number;
    /** hits ÷ (hits + misses); reads that waited for another's query count as misses. */
    hitRatio: number;
    /** Reads that waited for another read's query instead of querying (coalescing). */
    coalesced: number;
    evictions: number;
    expirations: number;
  };
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
  /** Present only when the run stopped before `durationMs` (overload): show `message`. */
  stoppedEarly?: StoppedEarly;
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
