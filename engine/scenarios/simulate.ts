import { Rng } from '../core/rng.ts';
import { Simulation } from '../core/simulation.ts';
import { LoadBalancer } from '../model/loadBalancer.ts';
import { RequestPool, type Request } from '../model/request.ts';
import { Server, type ServerListener } from '../model/server.ts';
import { TrafficSource, type ArrivalSink } from '../model/traffic.ts';
import { PERCENTILE_METHOD } from '../observe/histogram.ts';
import { Recorder, type SeriesResult } from '../observe/recorder.ts';
import type { Scenario, SimulateOptions } from './scenario.ts';
import { checkScenario } from './validate.ts';

/** Latency statistics, ms. NaN when nothing completed (null in JSON). */
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
  /** Requests it refused. */
  dropped: number;
  /** Mean busy fraction of its cores, 0..1. */
  utilisation: number;
  /** Time-average queue length. */
  meanQueueLength: number;
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
  /** Requests refused in the window (full queue, no server up). */
  dropped: number;
  /** Requests answered with an error in the window. */
  failed: number;
  /** Arrivals per second. */
  arrivalRatePerSec: number;
  /** Successful completions per second. */
  throughputPerSec: number;
  /** Response time of requests that arrived in the window and completed. */
  latencyMs: LatencySummary;
  /** How percentiles are estimated. */
  percentileMethod: string;
  /** Mean busy fraction of all cores, 0..1. */
  utilisation: number;
  /** (dropped + failed) / (completed + dropped + failed); 0 when nothing finished. */
  errorRate: number;
  /** Time-average number of requests in the system (queued + in service): L of Little's law. */
  meanInSystem: number;
  /** Time-average number waiting in queues. */
  meanQueueLength: number;
  /** Requests still in flight when the run stopped. */
  inFlightAtEnd: number;
  /** Simulation events processed. */
  events: number;
  /** Per server. */
  servers: ServerSummary[];
}

/** Everything a run produces, as plain (structured-clone and JSON safe) data. */
export interface SimResult {
  summary: Summary;
  series: SeriesResult;
}

/**
 * Run a scenario to its end, synchronously. Pure: the same scenario and seed give the same result.
 * Throws `ConfigError` (naming the field) for an invalid scenario.
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimResult {
  const cfg = checkScenario(scenario);
  const seed = options.seed;
  const root = new Rng(seed);
  // Fixed fork order: each model's stream does not depend on how many draws others make.
  const trafficRng = root.fork();
  const lbRng = root.fork();
  const serverRngs = cfg.servers.map(() => root.fork());

  const sim = new Simulation();
  const pool = new RequestPool();
  let inFlight = 0;
  // The listener is only called once the run starts, after `recorder` exists.
  const listener: ServerListener = {
    served(req: Request) {
      recorder.onServed(sim.now, req.arrivalMs);
      inFlight--;
      pool.release(req);
    },
    dropped(req: Request) {
      recorder.onDrop(sim.now);
      inFlight--;
      pool.release(req);
    },
  };
  const servers = cfg.servers.map(
    (spec, i) => new Server(sim, pool, i, spec, serverRngs[i]!, listener),
  );
  const recorder = new Recorder(sim, servers, cfg.durationMs, cfg.resolutionMs, cfg.warmupMs);
  const lb =
    servers.length > 1 ? new LoadBalancer(servers, cfg.loadBalancer.strategy, lbRng) : undefined;
  const only = servers[0]!;
  const sink: ArrivalSink = {
    arrive(req: Request) {
      recorder.onArrival(sim.now);
      inFlight++;
      const target = lb ? lb.route(req, sim.now) : only;
      if (target === undefined) {
        recorder.onDrop(sim.now);
        inFlight--;
        pool.release(req);
        return;
      }
      target.accept(req);
    },
  };
  new TrafficSource(sim, pool, cfg.traffic, trafficRng, sink, cfg.durationMs);

  sim.runUntil(cfg.durationMs);
  recorder.finish(cfg.durationMs);

  const end = recorder.snapshot(cfg.durationMs);
  const warm = recorder.warmupSnapshot;
  const measuredMs = cfg.durationMs - cfg.warmupMs;
  const secs = measuredMs / 1000;
  let busy = 0;
  let queue = 0;
  let cores = 0;
  const serverSummaries: ServerSummary[] = servers.map((s, i) => {
    const a = end[i]!;
    const b = warm[i]!;
    busy += a.busy - b.busy;
    queue += a.queue - b.queue;
    cores += s.cores;
    return {
      name: s.name,
      completed: a.served - b.served,
      dropped: a.dropped - b.dropped,
      utilisation: (a.busy - b.busy) / (s.cores * measuredMs),
      meanQueueLength: (a.queue - b.queue) / measuredMs,
    };
  });
  const h = recorder.latency;
  const finished = recorder.wServed + recorder.wDropped + recorder.wFailed;
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
    errorRate: finished > 0 ? (recorder.wDropped + recorder.wFailed) / finished : 0,
    meanInSystem: (busy + queue) / measuredMs,
    meanQueueLength: queue / measuredMs,
    inFlightAtEnd: inFlight,
    events: sim.eventCount,
    servers: serverSummaries,
  };
  return { summary, series: recorder.series() };
}
