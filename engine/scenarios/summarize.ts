/**
 * Per-component summaries: turn the state of a run at `endMs` into plain-data results. Servers
 * and the whole system are always summarised; each optional component has one entry in
 * `componentSummaries` that adds its field to `Summary` only when the component exists.
 */
import { MAX_EVENTS, MAX_IN_FLIGHT } from '../core/limits.ts';
import { PERCENTILE_METHOD } from '../observe/histogram.ts';
import type { LogSummary } from '../model/logSink.ts';
import type { Topology } from './assemble.ts';
import type { ServerSummary, SimResult, StoppedEarly, Summary } from './result.ts';

/** Server totals summed over the fleet (time integrals over the window, ms × quantity). */
interface FleetTotals {
  busy: number;
  queue: number;
  /** Core-capacity and worker-capacity while up, as a mean count over the window. */
  cores: number;
  workerBusy: number;
  workers: number;
  ioWait: number;
  faults: number;
  cost: number;
  starts: number;
  waited: number;
  waitSum: number;
}

/** Each server over the measurement window, and the fleet's totals. */
function summarizeServers(
  t: Topology,
  endMs: number,
  measuredMs: number,
): { servers: ServerSummary[]; fleet: FleetTotals } {
  const { recorder } = t;
  const end = recorder.snapshot(endMs);
  const warm = recorder.warmupSnapshot;
  const secs = measuredMs / 1000;
  const fleet: FleetTotals = {
    busy: 0,
    queue: 0,
    cores: 0,
    workerBusy: 0,
    workers: 0,
    ioWait: 0,
    faults: 0,
    cost: 0,
    starts: 0,
    waited: 0,
    waitSum: 0,
  };
  const servers = t.servers.map((s, i): ServerSummary => {
    const a = end[i]!;
    const b = warm[i]!;
    fleet.busy += a.busy - b.busy;
    fleet.queue += a.queue - b.queue;
    fleet.cores += (s.cores * (a.up - b.up)) / measuredMs;
    fleet.workerBusy += a.workers - b.workers;
    fleet.workers += (s.workers * (a.up - b.up)) / measuredMs;
    fleet.ioWait += a.ioWait - b.ioWait;
    fleet.faults += a.faults - b.faults;
    fleet.starts += a.starts - b.starts;
    fleet.waited += a.waited - b.waited;
    fleet.waitSum += a.waitSum - b.waitSum;
    const upMs = a.up - b.up;
    const c = (s.config.pricePerHour * a.prov) / 3_600_000;
    fleet.cost += c;
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
  return { servers, fleet };
}

/**
 * One entry per optional component: adds its part of the summary when the component exists
 * (called in this order; a new component appends its entry).
 */
const componentSummaries: readonly ((t: Topology, endMs: number, summary: Summary) => void)[] = [
  function database(t, endMs, summary) {
    if (t.dbs.length === 0) return;
    let queries = 0;
    let failures = 0;
    let area = 0;
    let capacity = 0;
    for (const d of t.dbs) {
      d.flush(endMs);
      queries += d.queries;
      failures += d.failures;
      area += d.busyArea;
      capacity += d.config.capacity;
    }
    summary.database = {
      queries,
      failures,
      utilisation: area / (capacity * Math.max(endMs, 1e-9)),
    };
    // Read replicas (only when configured, so other scenarios' summaries keep their shape).
    const rc = t.dbs[0]!.config.replicas;
    if (rc !== null) {
      let replicaArea = 0;
      let replicaQueries = 0;
      for (const d of t.dbs) {
        replicaArea += d.replicaBusyArea;
        replicaQueries += d.replicaQueries;
      }
      summary.database.replicaQueries = replicaQueries;
      summary.database.replicaUtilisation =
        replicaArea / (capacity * rc.count * Math.max(endMs, 1e-9));
    }
  },
  function externalApi(t, _endMs, summary) {
    const a = t.api;
    if (!a) return;
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
  },
  function cache(t, _endMs, summary) {
    const aside = t.cache;
    if (!aside) return;
    const c = aside.cache;
    const reads = c.hits + c.misses;
    summary.cache = {
      hits: c.hits,
      misses: c.misses,
      hitRatio: reads > 0 ? c.hits / reads : 0,
      coalesced: aside.coalesced,
      evictions: c.evictions,
      expirations: c.expirations,
    };
  },
];

/** Turn the state of a run at `endMs` into plain-data results. */
export function summarize(t: Topology, seed: number, endMs: number): SimResult {
  const { cfg, sim, recorder } = t;
  recorder.moveInSystem(endMs, 0);
  // Before warm-up ends nothing is measured yet; a tiny window keeps the ratios finite.
  const measuredMs = Math.max(endMs - cfg.warmupMs, 1e-9);
  const secs = measuredMs / 1000;
  const { servers, fleet } = summarizeServers(t, endMs, measuredMs);
  const h = recorder.latency;
  const finished = recorder.wServed + recorder.wDropped + recorder.wFailed;
  const alerts = t.alerts.result();
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
    utilisation: fleet.busy / (fleet.cores * measuredMs),
    workerUtilisation: fleet.workers > 0 ? fleet.workerBusy / (fleet.workers * measuredMs) : 0,
    ioWait: fleet.cores > 0 ? fleet.ioWait / (fleet.cores * measuredMs) : 0,
    majorFaultsPerSec: fleet.faults / secs,
    errorRate: finished > 0 ? (recorder.wDropped + recorder.wFailed) / finished : 0,
    meanInSystem: (recorder.inSystemArea - recorder.warmInSystemArea) / measuredMs,
    meanQueueLength: fleet.queue / measuredMs,
    waitProbability: fleet.starts > 0 ? fleet.waited / fleet.starts : 0,
    meanWaitMs: fleet.starts > 0 ? fleet.waitSum / fleet.starts : 0,
    inFlightAtEnd: t.lifecycle.inFlight,
    bytesIn: recorder.bytesIn,
    bytesOut: recorder.bytesOut,
    cost: fleet.cost,
    alertsFired: alerts.notifications.filter((n) => n.kind === 'firing').length,
    events: sim.eventCount,
    servers,
  };
  for (const add of componentSummaries) add(t, endMs, summary);
  if (sim.halted) summary.stoppedEarly = stoppedEarly(t, endMs);
  // Logs give a summary field and the latest records (a result field of their own).
  let recent: LogSummary['recent'] = [];
  if (t.logs) {
    const { recent: r, ...totals } = t.logs.summary();
    summary.logs = totals;
    recent = r;
  }
  const result: SimResult = {
    summary,
    series: recorder.series(),
    alerts,
    health: t.lb?.healthEvents ?? [],
    scaling: t.autoscaler?.events ?? [],
    logs: recent,
  };
  if (t.lifecycle.traces) result.traces = t.lifecycle.traces;
  if (t.rollout) result.rollout = t.rollout.results();
  return result;
}

/** A number for a sentence: thousands separated, at most 3 significant digits below 1000. */
function say(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.abs(n) >= 1000 ? Math.round(n) : Number(n.toPrecision(3));
  return r.toLocaleString('en-US');
}

/** Why and when the run stopped, in numbers taken from the run. */
function stoppedEarly(t: Topology, atMs: number): StoppedEarly {
  const { cfg, sim, recorder } = t;
  const secs = Math.max(atMs, 1e-9) / 1000;
  const when = `Stopped at ${say(atMs / 1000)} s of ${say(cfg.durationMs / 1000)} s`;
  if (sim.haltReason === 'in-flight-limit') {
    return {
      atMs,
      durationMs: cfg.durationMs,
      reason: 'in-flight-limit',
      limit: MAX_IN_FLIGHT,
      message:
        `${when}: more than ${say(MAX_IN_FLIGHT)} requests were in the system at once (the engine's limit). ` +
        `They arrived at ${say(recorder.arrived / secs)}/s and were answered at ${say(recorder.served / secs)}/s: ` +
        `the system cannot keep up, and its queues would grow without bound.`,
    };
  }
  return {
    atMs,
    durationMs: cfg.durationMs,
    reason: 'event-limit',
    limit: sim.eventLimit,
    message:
      `${when}: the run reached ${say(sim.eventLimit)} events (${sim.eventLimit === MAX_EVENTS ? "the engine's limit for one run" : 'the limit this run was given'}) after ` +
      `${say(recorder.arrived)} arrivals — e.g. a retry storm or a crash loop multiplies the work per request; shorten durationMs or lower the load.`,
  };
}
