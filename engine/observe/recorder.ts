import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Request } from '../model/request.ts';
import type { Server } from '../model/server.ts';
import { LogHistogram } from './histogram.ts';
import type { Aggregate, AlertQuery } from './alerts.ts';

/**
 * Overall metrics in `series.metrics`, one value per bucket. `utilisation` is busy cores ÷ cores
 * (CPU); `workerUtilisation` busy workers ÷ workers (the pool); `ioWait` the fraction of core time
 * idle while a page-in is outstanding (Linux's iowait); `majorFaultsPerSec` page-ins per second
 * (vmstat's pgmajfault rate); `swapUsedMb` memory beyond RAM, MB.
 */
export const seriesMetricNames = [
  'arrivalsPerSec',
  'throughputPerSec',
  'dropped',
  'errorRate',
  'latencyMeanMs',
  'latencyP50Ms',
  'latencyP95Ms',
  'latencyP99Ms',
  'utilisation',
  'workerUtilisation',
  'ioWait',
  'majorFaultsPerSec',
  'swapUsedMb',
  'queueLength',
  'inSystem',
  'requests',
  'errors',
  'failed',
  'bytesInPerSec',
  'bytesOutPerSec',
  'memoryMb',
  'serversUp',
  'costPerHour',
] as const;

/** Name of an overall series metric. */
export type SeriesMetricName = (typeof seriesMetricNames)[number];

/**
 * Per-server metrics in `series.servers[i].metrics`: as above, plus `runQueueLength` (requests
 * holding a worker that wait for a core) and `memoryStall` (fraction of time at least one request
 * is stalled on a page-in: the "some" line of Linux's memory pressure stall information).
 */
export const serverSeriesMetricNames = [
  'throughputPerSec',
  'dropped',
  'utilisation',
  'workerUtilisation',
  'runQueueLength',
  'ioWait',
  'memoryStall',
  'majorFaultsPerSec',
  'swapUsedMb',
  'queueLength',
  'inFlight',
  'memoryMb',
  'up',
  'latencyMeanMs',
  'latencyP50Ms',
  'latencyP95Ms',
  'latencyP99Ms',
  'errorRate',
  'bytesOutPerSec',
  'costPerHour',
] as const;

/** Name of a per-server series metric. */
export type ServerSeriesMetricName = (typeof serverSeriesMetricNames)[number];

/** Time series at a fixed resolution. Empty buckets have NaN latencies (null in JSON). */
export interface SeriesResult {
  /** Bucket width, ms. */
  resolutionMs: number;
  /** Bucket start times, ms. */
  t: number[];
  /** Whole-system metrics, one value per bucket (rates per second, times in ms, fractions 0..1). */
  metrics: Record<SeriesMetricName, number[]> & Record<string, number[]>;
  /** The same per server. */
  servers: { name: string; metrics: Record<ServerSeriesMetricName, number[]> }[];
}

const TICK = 0;
const WARMUP = 1;

interface ServerSnap {
  busy: number;
  workers: number;
  runQueue: number;
  stall: number;
  ioWait: number;
  swap: number;
  faults: number;
  queue: number;
  inFlight: number;
  up: number;
  prov: number;
  served: number;
  dropped: number;
  starts: number;
  waited: number;
  waitSum: number;
}

/** Called after each bucket closes (alert evaluation hooks in here). */
export type BucketListener = (now: number, query: AlertQuery) => void;

/**
 * Turns request events into series buckets and whole-run totals. Memory is one histogram plus
 * O(servers × buckets): nothing is kept per request.
 */
export class Recorder implements EventHandler {
  readonly resolutionMs: number;
  readonly warmupMs: number;
  private readonly sim: Simulation;
  private readonly servers: readonly Server[];
  private readonly durationMs: number;
  private readonly target: number;
  /** Latencies of requests that arrived after warm-up. */
  readonly latency = new LogHistogram();
  private readonly bucket = new LogHistogram();
  private bucketStart = 0;
  private bArrived = 0;
  private bServed = 0;
  private bDropped = 0;
  private bFailed = 0;
  private bSnaps: ServerSnap[];
  private warmSnaps: ServerSnap[];
  readonly t: number[] = [];
  readonly metrics: Record<string, number[]>;
  readonly serverMetrics: Record<string, number[]>[];
  /** Whole-run counters (all time). */
  arrived = 0;
  served = 0;
  dropped = 0;
  failed = 0;
  /** Counters within the measurement window (after warm-up). */
  wArrived = 0;
  wServed = 0;
  wDropped = 0;
  wFailed = 0;
  /** Completed requests that arrived in the window (their latencies are in `latency`). */
  wLatencyCount = 0;
  /** Requests in the system (arrived, not yet answered) and ∫ of it dt, for Little's law. */
  inSystem = 0;
  inSystemArea = 0;
  private inSystemAt = 0;
  private bInSystemArea = 0;
  /** ∫ in-system dt when warm-up ended. */
  warmInSystemArea = 0;
  /** Network bytes into and out of the system (client side), incremented by the system. */
  bytesIn = 0;
  bytesOut = 0;
  private lastBytesIn = 0;
  private lastBytesOut = 0;
  /** Called after each bucket closes. */
  onBucket: BucketListener | undefined;
  /** Per-server bucket state: latency sketch, answers, errors, bytes out. */
  private readonly perServer: { hist: LogHistogram; ok: number; errors: number; bytes: number }[];
  private readonly query: AlertQuery & { now: number };
  private readonly serverIndex = new Map<string, number>();

  constructor(
    sim: Simulation,
    servers: readonly Server[],
    durationMs: number,
    resolutionMs: number,
    warmupMs: number,
  ) {
    this.sim = sim;
    this.servers = servers;
    this.durationMs = durationMs;
    this.resolutionMs = resolutionMs;
    this.warmupMs = warmupMs;
    this.metrics = Object.fromEntries(seriesMetricNames.map((n) => [n, [] as number[]]));
    this.serverMetrics = servers.map(() =>
      Object.fromEntries(serverSeriesMetricNames.map((n) => [n, [] as number[]])),
    );
    this.bSnaps = servers.map(() => ({
      busy: 0,
      workers: 0,
      runQueue: 0,
      stall: 0,
      ioWait: 0,
      swap: 0,
      faults: 0,
      queue: 0,
      inFlight: 0,
      up: 0,
      prov: 0,
      served: 0,
      dropped: 0,
      starts: 0,
      waited: 0,
      waitSum: 0,
    }));
    servers.forEach((s, i) => this.serverIndex.set(s.name, i));
    this.perServer = servers.map(() => ({ hist: new LogHistogram(), ok: 0, errors: 0, bytes: 0 }));
    this.query = {
      now: 0,
      over: (metric, windowMs, aggregate = 'avg') => this.over(metric, windowMs, aggregate),
      errorRatio: (windowMs) => {
        const req = this.over('requests', windowMs, 'sum');
        return req > 0 ? this.over('errors', windowMs, 'sum') / req : 0;
      },
    };
    this.warmSnaps = this.bSnaps.map((s) => ({ ...s }));
    this.target = sim.register(this);
    if (warmupMs > 0) sim.schedule(warmupMs, this.target, WARMUP);
    sim.schedule(Math.min(resolutionMs, durationMs), this.target, TICK);
  }

  /** A request entered the system. */
  onArrival(): void {
    const now = this.sim.now;
    this.moveInSystem(now, 1);
    this.arrived++;
    this.bArrived++;
    if (now >= this.warmupMs) this.wArrived++;
  }

  /**
   * `req` got a successful answer now, from server `req.server` (index, -1 none). It takes the
   * request rather than its times: an object passes to a call V8 does not inline without boxing
   * two doubles on every answer.
   */
  onServed(req: Pick<Request, 'arrivalMs' | 'server'>): void {
    const now = this.sim.now;
    const arrivalMs = req.arrivalMs;
    const server = req.server;
    const ms = now - arrivalMs;
    this.moveInSystem(now, -1);
    this.served++;
    this.bServed++;
    if (now >= this.warmupMs) this.wServed++;
    const i = this.bucket.bucketOf(ms);
    this.bucket.recordAt(i, ms);
    if (server >= 0) {
      const ps = this.perServer[server]!;
      ps.hist.recordAt(i, ms);
      ps.ok++;
    }
    if (arrivalMs >= this.warmupMs) {
      this.latency.recordAt(i, ms);
      this.wLatencyCount++;
    }
  }

  /** A request was refused (queue full, server down, no server). */
  onDrop(now: number, server = -1): void {
    if (server >= 0) this.perServer[server]!.errors++;
    this.moveInSystem(now, -1);
    this.dropped++;
    this.bDropped++;
    if (now >= this.warmupMs) this.wDropped++;
  }

  /** A request failed (counts toward the error rate). */
  onFail(now: number, server = -1): void {
    if (server >= 0) this.perServer[server]!.errors++;
    this.moveInSystem(now, -1);
    this.failed++;
    this.bFailed++;
    if (now >= this.warmupMs) this.wFailed++;
  }

  /** Bucket boundaries and the warm-up snapshot. */
  onEvent(kind: number): void {
    const now = this.sim.now;
    if (kind === WARMUP) {
      this.warmSnaps = this.snapshot(now);
      this.moveInSystem(now, 0);
      this.warmInSystemArea = this.inSystemArea;
      return;
    }
    if (kind !== TICK) return;
    this.closeBucket(now);
    const next = Math.min(now + this.resolutionMs, this.durationMs);
    if (next > now) this.sim.schedule(next, this.target, TICK);
  }

  /** Close a final partial bucket, if any; call once at the end of the run. */
  finish(now: number): void {
    if (now > this.bucketStart) this.closeBucket(now);
  }

  /** `bytes` of response left the system, sent by `server` (-1 for none). */
  addBytesOut(server: number, bytes: number): void {
    this.bytesOut += bytes;
    if (server >= 0) this.perServer[server]!.bytes += bytes;
  }

  /** Change the in-system count by `delta` at `now`, integrating it first. */
  moveInSystem(now: number, delta: number): void {
    this.inSystemArea += this.inSystem * (now - this.inSystemAt);
    this.inSystemAt = now;
    this.inSystem += delta;
  }

  /** Time integrals and counters of every server up to `now`. */
  snapshot(now: number): ServerSnap[] {
    return this.servers.map((s) => {
      s.flush(now);
      return {
        busy: s.busyArea,
        workers: s.workerArea,
        runQueue: s.runQueueArea,
        stall: s.stallArea,
        ioWait: s.ioWaitArea,
        swap: s.swapArea,
        faults: s.majorFaults,
        queue: s.queueArea,
        inFlight: s.inFlightArea,
        up: s.upArea,
        prov: s.provisionedArea,
        served: s.served,
        dropped: s.dropped,
        starts: s.starts,
        waited: s.waited,
        waitSum: s.waitSum,
      };
    });
  }

  /** Snapshot taken when warm-up ended (zeros without warm-up). */
  get warmupSnapshot(): readonly ServerSnap[] {
    return this.warmSnaps;
  }

  /** The series so far, as plain data. */
  series(): SeriesResult {
    return {
      resolutionMs: this.resolutionMs,
      t: this.t,
      metrics: this.metrics as SeriesResult['metrics'],
      servers: this.servers.map((s, i) => ({
        name: s.name,
        metrics: this.serverMetrics[i] as Record<ServerSeriesMetricName, number[]>,
      })),
    };
  }

  private closeBucket(now: number): void {
    const width = now - this.bucketStart;
    const secs = width / 1000;
    const m = this.metrics;
    const snaps = this.snapshot(now);
    let busy = 0;
    let queue = 0;
    let cores = 0;
    let workerBusy = 0;
    let workers = 0;
    let ioWait = 0;
    let faults = 0;
    let swap = 0;
    let memory = 0;
    let up = 0;
    let cost = 0;
    for (let i = 0; i < snaps.length; i++) {
      const a = snaps[i]!;
      const b = this.bSnaps[i]!;
      const s = this.servers[i]!;
      const sm = this.serverMetrics[i]!;
      const db = a.busy - b.busy;
      const dq = a.queue - b.queue;
      busy += db;
      queue += dq;
      // Capacity counts only time up: a booting, crashed or switched-off machine is not idle capacity.
      const provFrac = (a.prov - b.prov) / width;
      cores += (s.cores * (a.up - b.up)) / width;
      workers += (s.workers * (a.up - b.up)) / width;
      const dw = a.workers - b.workers;
      const dio = a.ioWait - b.ioWait;
      const dFaults = a.faults - b.faults;
      const dSwap = (a.swap - b.swap) / width;
      workerBusy += dw;
      ioWait += dio;
      faults += dFaults;
      swap += dSwap;
      sm['throughputPerSec']!.push((a.served - b.served) / secs);
      sm['dropped']!.push(a.dropped - b.dropped);
      sm['utilisation']!.push(db / (s.cores * width));
      sm['workerUtilisation']!.push(dw / (s.workers * width));
      sm['runQueueLength']!.push((a.runQueue - b.runQueue) / width);
      sm['ioWait']!.push(dio / (s.cores * width));
      sm['memoryStall']!.push((a.stall - b.stall) / width);
      sm['majorFaultsPerSec']!.push(dFaults / secs);
      sm['swapUsedMb']!.push(dSwap);
      sm['queueLength']!.push(dq / width);
      const upFrac = (a.up - b.up) / width;
      const inFlight = (a.inFlight - b.inFlight) / width;
      const mem = s.config.baseMemoryMb * upFrac + s.config.memoryPerRequestMb * inFlight;
      sm['inFlight']!.push(inFlight);
      sm['memoryMb']!.push(mem);
      sm['up']!.push(upFrac);
      memory += mem;
      up += upFrac;
      cost += s.config.pricePerHour * provFrac;
      const ps = this.perServer[i]!;
      sm['latencyMeanMs']!.push(ps.hist.mean());
      sm['latencyP50Ms']!.push(ps.hist.quantile(0.5));
      sm['latencyP95Ms']!.push(ps.hist.quantile(0.95));
      sm['latencyP99Ms']!.push(ps.hist.quantile(0.99));
      sm['errorRate']!.push(ps.ok + ps.errors > 0 ? ps.errors / (ps.ok + ps.errors) : 0);
      sm['bytesOutPerSec']!.push(ps.bytes / secs);
      sm['costPerHour']!.push(s.config.pricePerHour * provFrac);
      ps.hist.reset();
      ps.ok = 0;
      ps.errors = 0;
      ps.bytes = 0;
    }
    this.bSnaps = snaps;
    const h = this.bucket;
    this.t.push(this.bucketStart);
    m['arrivalsPerSec']!.push(this.bArrived / secs);
    m['throughputPerSec']!.push(this.bServed / secs);
    m['dropped']!.push(this.bDropped);
    const finished = this.bServed + this.bDropped + this.bFailed;
    m['errorRate']!.push(finished > 0 ? (this.bDropped + this.bFailed) / finished : 0);
    m['latencyMeanMs']!.push(h.mean());
    m['latencyP50Ms']!.push(h.quantile(0.5));
    m['latencyP95Ms']!.push(h.quantile(0.95));
    m['latencyP99Ms']!.push(h.quantile(0.99));
    m['utilisation']!.push(cores > 0 ? busy / (cores * width) : 0);
    m['workerUtilisation']!.push(workers > 0 ? workerBusy / (workers * width) : 0);
    m['ioWait']!.push(cores > 0 ? ioWait / (cores * width) : 0);
    m['majorFaultsPerSec']!.push(faults / secs);
    m['swapUsedMb']!.push(swap);
    m['queueLength']!.push(queue / width);
    this.moveInSystem(now, 0);
    m['inSystem']!.push((this.inSystemArea - this.bInSystemArea) / width);
    this.bInSystemArea = this.inSystemArea;
    m['requests']!.push(finished);
    m['errors']!.push(this.bDropped + this.bFailed);
    m['failed']!.push(this.bFailed);
    m['bytesInPerSec']!.push((this.bytesIn - this.lastBytesIn) / secs);
    m['bytesOutPerSec']!.push((this.bytesOut - this.lastBytesOut) / secs);
    m['memoryMb']!.push(memory);
    m['serversUp']!.push(up);
    m['costPerHour']!.push(cost);
    this.lastBytesIn = this.bytesIn;
    this.lastBytesOut = this.bytesOut;
    h.reset();
    this.bArrived = 0;
    this.bServed = 0;
    this.bDropped = 0;
    this.bFailed = 0;
    this.bucketStart = now;
    if (this.onBucket) {
      this.query.now = now;
      this.onBucket(now, this.query);
    }
  }

  /** A query over the buckets closed so far, evaluated at `now`. */
  queryAt(now: number): AlertQuery {
    this.query.now = now;
    return this.query;
  }

  /** The series array for `metric` ('errorRate' or 'servers.<name>.<metric>'), if it exists. */
  seriesOf(metric: string): number[] | undefined {
    if (metric.startsWith('servers.')) {
      const dot = metric.lastIndexOf('.');
      const idx = this.serverIndex.get(metric.slice(8, dot));
      return idx === undefined ? undefined : this.serverMetrics[idx]![metric.slice(dot + 1)];
    }
    return this.metrics[metric];
  }

  /** Aggregate of `metric` over the buckets that closed within the last `windowMs`; NaN if none has data. */
  over(metric: string, windowMs: number, aggregate: Aggregate): number {
    const values = this.seriesOf(metric);
    if (!values || values.length === 0) return NaN;
    const k = Math.max(1, Math.round(windowMs / this.resolutionMs));
    const from = Math.max(0, values.length - k);
    if (aggregate === 'last') return values[values.length - 1]!;
    let acc = aggregate === 'max' ? -Infinity : aggregate === 'min' ? Infinity : 0;
    let n = 0;
    for (let i = from; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      n++;
      if (aggregate === 'max') acc = Math.max(acc, v);
      else if (aggregate === 'min') acc = Math.min(acc, v);
      else acc += v;
    }
    if (n === 0) return NaN;
    return aggregate === 'avg' ? acc / n : acc;
  }
}
