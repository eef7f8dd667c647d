import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import { sampler, type DistributionSpec, type Sampler } from '../core/distributions.ts';
import { Fifo } from '../core/fifo.ts';
import type { Request, RequestPool } from './request.ts';

/** What a load-balancing strategy (or a learner) may read about a server. */
export interface ServerView {
  /** Position in the scenario's `servers` array. */
  readonly index: number;
  /** Name (default `s0`, `s1`, …). */
  readonly name: string;
  /** CPU cores: how many requests can run CPU work at the same time. */
  readonly cores: number;
  /** CPU speed factor: service times are divided by it. */
  readonly speed: number;
  /** Weight for weighted strategies (default: cores × speed). */
  readonly weight: number;
  /** Workers busy right now (a request holds one from admission to response, or to the end of its CPU work without `blockingIo`). */
  readonly active: number;
  /** Requests waiting for a worker (the queue). */
  readonly queued: number;
  /** Requests sent to it and not yet answered (in service, queued or waiting on I/O). */
  readonly connections: number;
  /** Whether the server is running (not crashed). */
  readonly up: boolean;
  /** Peak-EWMA of its response times, ms (Finagle's estimator: jumps up at once, decays slowly). */
  readonly peakEwmaMs: number;
  /** Memory in use, MB. */
  readonly memoryUsedMb: number;
}

/** A scheduled outage of one server. */
export interface CrashSpec {
  /** When it crashes, ms. */
  atMs: number;
  /** How long until it is back up, ms. */
  downMs: number;
}

/** A server as JSON data. */
export interface ServerSpec {
  /** Display name; default `s<index>`. */
  name?: string;
  /** A catalogue size ('micro' … 'xxxlarge'); sets cores, memoryMb, speed and pricePerHour unless given. */
  size?: string;
  /** CPU cores (default 1, or the catalogue size's): requests doing CPU work at the same time. */
  cores?: number;
  /**
   * Concurrency limit: the worker pool (thread pool size, or event-loop concurrency), default
   * `cores`. A request holds a worker from admission to response (with `blockingIo`) but a core
   * only while it does CPU work, so a request waiting on the database, an API or a page-in holds a
   * worker and no core. With more workers than cores, requests ready to compute wait for a core
   * in a FIFO run queue. Little's law sizes the pool: workers ≥ throughput × time a request holds
   * a worker (e.g. 100 req/s × 0.2 s = 20 workers), whatever the number of cores.
   */
  workers?: number;
  /** CPU speed factor (default 1; 2 = twice as fast). */
  speed?: number;
  /** Base time one request takes on one core at speed 1, ms. */
  serviceTime: DistributionSpec | number;
  /** Requests waiting for a worker when all are busy; more are dropped (default Infinity). */
  queueCapacity?: number;
  /** Weight for weighted strategies (default cores × speed). */
  weight?: number;
  /** RAM, MB (default Infinity). */
  memoryMb?: number;
  /** Memory used with no requests, MB (default 0). */
  baseMemoryMb?: number;
  /** Memory held by each in-flight request, MB (default 0). */
  memoryPerRequestMb?: number;
  /**
   * When memory in use exceeds `memoryMb`: 'swap' (default; 'slowdown' is its old name) pages to
   * disk — each request started while memory is exhausted takes `majorFaultsPerRequest` major page
   * faults and waits for each page-in on the server's swap disk, holding its worker but not a
   * core, so CPU utilisation falls while latency explodes (thrashing); or 'crash': the
   * out-of-memory killer ends the process and every request on it is lost.
   */
  onMemoryExhausted?: 'swap' | 'slowdown' | 'crash';
  /** Major page faults a request takes when it starts while memory is exhausted (default 20). */
  majorFaultsPerRequest?: number;
  /**
   * Time the swap disk takes for one page-in, ms (default 1: a random 4 KiB read from network
   * block storage). The disk does one page-in at a time, so faulting requests queue for it.
   */
  pageInMs?: number;
  /** Time to restart after an out-of-memory or random crash, ms (default 30000). */
  restartMs?: number;
  /** Mean time between random crashes, ms (default Infinity: never). */
  mtbfMs?: number;
  /** Scheduled crashes. */
  crashes?: CrashSpec[];
  /** Price, USD per hour (default 0, or the catalogue price). */
  pricePerHour?: number;
  /**
   * true (default): a request keeps its worker while it waits on the database or an API, as in a
   * thread-per-request server; false: the worker is freed when its CPU work ends and the wait holds
   * nothing (non-blocking I/O, as an event loop does). Page-ins block either way.
   */
  blockingIo?: boolean;
}

/** Receives what happens to requests at a server. */
export interface ServerListener {
  /** A request finished its CPU phase (the system then runs its I/O and calls `finish`). */
  cpuDone(req: Request, server: Server): void;
  /** A request was refused or lost; the server has forgotten it. */
  dropped(req: Request, server: Server, reason: DropReason): void;
  /** The server crashed (called before its requests are reported lost). */
  crashed?(server: Server): void;
}

/** Why a request did not get an answer. */
export type DropReason = 'queue-full' | 'down' | 'crash' | 'no-server';

const COMPLETE = 0;
const CRASH = 1;
const RESTART = 2;
const RANDOM_CRASH = 3;
const BOOTED = 4;
const PAGED = 5;
/**
 * Completion and page-in events carry the server's crash count above the kind's bits: a request
 * lost in a crash is released and its slot (its token) may belong to a new request by the time
 * the event fires, so the event must also say which life of the server it was scheduled in.
 * The stamp fits an int32: a run has at most `MAX_EVENTS` (10⁸) events, so fewer crashes than 2^28.
 */
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;
/** Decay constant of the peak-EWMA latency estimate, ms. */
const EWMA_TAU_MS = 2000;

/** A server with every field filled in. */
export type ServerConfig = Required<
  Omit<ServerSpec, 'serviceTime' | 'size' | 'onMemoryExhausted'>
> & {
  serviceTime: DistributionSpec;
  size: string | null;
  /** 'slowdown' is normalised to 'swap'. */
  onMemoryExhausted: 'swap' | 'crash';
};

/**
 * A machine with a pool of `workers` (the concurrency limit, with a bounded FIFO queue in front),
 * `cores` for CPU work (a FIFO run queue when more workers than cores want one), RAM with a swap
 * disk, failures and a price.
 */
export class Server implements EventHandler, ServerView {
  readonly index: number;
  readonly name: string;
  readonly cores: number;
  /** Worker pool size (threads, or event-loop concurrency): requests it serves at once. */
  readonly workers: number;
  readonly speed: number;
  readonly weight: number;
  readonly queueCapacity: number;
  readonly config: ServerConfig;
  /** Workers busy (paging, computing, waiting for a core, or blocked on I/O with `blockingIo`). */
  active = 0;
  /** Cores busy: requests in their CPU phase. */
  cpuBusy = 0;
  /** Requests waiting on the swap disk for page-ins (stalled on memory). */
  paging = 0;
  /** Major page faults since start. */
  majorFaults = 0;
  /** Accepted, not yet answered. */
  inFlight = 0;
  up = true;
  peakEwmaMs = 0;
  /** Counters since start. */
  served = 0;
  dropped = 0;
  crashes = 0;
  /** Requests started on a worker; of those, how many had to wait, and their total wait, ms. */
  starts = 0;
  waited = 0;
  waitSum = 0;
  /** Time integrals since start (ms × quantity): CPU busy, queue, in-flight, up. */
  busyArea = 0;
  queueArea = 0;
  inFlightArea = 0;
  upArea = 0;
  /** ∫ workers busy dt (pool utilisation) and ∫ run-queue length dt (requests waiting for a core). */
  workerArea = 0;
  runQueueArea = 0;
  /**
   * Memory-pressure integrals: ∫ [some request stalled on a page-in] dt (PSI's memory "some"),
   * ∫ idle cores while a page-in is outstanding dt (iowait), ∫ swap in use dt (MB × ms).
   */
  stallArea = 0;
  ioWaitArea = 0;
  swapArea = 0;
  /** ∫ provisioned dt: what the machine is paid for. */
  provisionedArea = 0;
  /** Allocated (and billed); autoscaled spares start unprovisioned. */
  provisioned = true;
  /** Finished booting after provisioning (registered with the load balancer). */
  booted = true;
  /** Being scaled in: takes no new requests, switches off when empty. */
  draining = false;
  /** Called when the set of servers able to take traffic changes (the load balancer listens). */
  onServiceChange: (() => void) | undefined;
  /** Track peak-EWMA latency (costs an exp() per request; on unless a strategy never reads it). */
  trackLatency = true;
  private lastChange = 0;
  private lastEwmaAt = 0;
  /** Hot config copied onto the object (one load instead of two on every request). */
  private readonly blocking: boolean;
  private readonly memoryLimited: boolean;
  private head: Request | null = null;
  private readonly queue = new Fifo<Request>();
  /** Requests holding a worker that wait for a core. */
  private readonly runQueue = new Fifo<Request>();
  /** When the swap disk finishes the page-ins queued so far, ms. */
  private diskFreeAt = 0;
  private readonly target: number;
  private readonly service: Sampler;
  private readonly sim: Simulation;
  private readonly pool: RequestPool;
  private readonly rng: Rng;
  private readonly listener: ServerListener;

  constructor(
    sim: Simulation,
    pool: RequestPool,
    index: number,
    config: ServerConfig,
    rng: Rng,
    listener: ServerListener,
  ) {
    this.sim = sim;
    this.pool = pool;
    this.index = index;
    this.config = config;
    this.name = config.name;
    this.cores = config.cores;
    this.workers = config.workers;
    this.speed = config.speed;
    this.weight = config.weight;
    this.queueCapacity = config.queueCapacity;
    this.rng = rng;
    this.blocking = config.blockingIo;
    this.memoryLimited =
      config.memoryMb !== Infinity && config.memoryPerRequestMb + config.baseMemoryMb > 0;
    this.service = sampler(config.serviceTime, rng.fork(), `servers[${index}].serviceTime`);
    this.listener = listener;
    this.target = sim.register(this);
    for (const c of config.crashes) {
      sim.schedule(c.atMs, this.target, CRASH, c.downMs);
    }
    this.scheduleRandomCrash();
  }

  /** Whether the load balancer may route to it (provisioned, booted, not draining; crashes aside). */
  get inService(): boolean {
    return this.provisioned && this.booted && !this.draining;
  }

  /** Mark as an unprovisioned spare (autoscaling); call before the run starts. */
  startOff(): void {
    this.provisioned = false;
    this.booted = false;
    this.up = false;
  }

  /** Start an unprovisioned machine: billed from now, up and in service after `bootMs`. */
  provision(bootMs: number): void {
    if (this.provisioned) return;
    const now = this.sim.now;
    this.flush(now);
    this.provisioned = true;
    this.booted = false;
    this.draining = false;
    this.up = false;
    this.sim.schedule(now + bootMs, this.target, BOOTED);
  }

  /** Scale in: stop taking requests, finish those in flight, then switch off. */
  deprovision(): void {
    if (!this.provisioned || this.draining) return;
    this.draining = true;
    this.onServiceChange?.();
    if (this.inFlight === 0 || !this.booted) this.switchOff();
  }

  private switchOff(): void {
    this.flush(this.sim.now);
    this.provisioned = false;
    this.booted = false;
    this.draining = false;
    this.up = false;
  }

  /** Requests waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Requests sent here and not yet answered. */
  get connections(): number {
    return this.inFlight;
  }

  /** Memory in use, MB. */
  get memoryUsedMb(): number {
    return this.up ? this.config.baseMemoryMb + this.inFlight * this.config.memoryPerRequestMb : 0;
  }

  /** Swap in use, MB: memory in use beyond RAM (0 unless memory is exhausted). */
  get swapUsedMb(): number {
    return this.memoryLimited ? Math.max(0, this.memoryUsedMb - this.config.memoryMb) : 0;
  }

  /** Bring the time integrals up to now (call before reading the areas). */
  flush(now: number): void {
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += this.cpuBusy * dt;
      this.workerArea += this.active * dt;
      this.queueArea += this.queue.length * dt;
      this.runQueueArea += this.runQueue.length * dt;
      this.inFlightArea += this.inFlight * dt;
      if (this.memoryLimited) this.flushMemory(dt);
      if (this.up) this.upArea += dt;
      if (this.provisioned) this.provisionedArea += dt;
      this.lastChange = now;
    }
  }

  /** The memory-pressure integrals (kept out of `flush`, which runs on every request). */
  private flushMemory(dt: number): void {
    if (this.paging > 0) {
      this.stallArea += dt;
      this.ioWaitArea += (this.cores - this.cpuBusy) * dt;
    }
    this.swapArea += this.swapUsedMb * dt;
  }

  /** Offer a request: start it, queue it, or drop it. */
  accept(req: Request): void {
    const now = this.sim.now;
    req.server = this.index;
    if (!this.up) return this.refuse(req, 'down');
    if (this.active >= this.workers && this.queue.length >= this.queueCapacity) {
      return this.refuse(req, 'queue-full');
    }
    this.flush(now);
    this.inFlight++;
    req.acceptedMs = now;
    this.link(req);
    if (this.memoryLimited && this.outOfMemory()) return;
    if (this.active < this.workers) this.start(req);
    else this.queue.push(req);
  }

  /** Drop a request it cannot take (kept out of `accept`: the rare path). */
  private refuse(req: Request, reason: DropReason): void {
    this.dropped++;
    this.listener.dropped(req, this, reason);
  }

  /** With 'crash' on exhaustion: true if this request's memory killed the process. */
  private outOfMemory(): boolean {
    if (this.config.onMemoryExhausted !== 'crash' || this.memoryUsedMb <= this.config.memoryMb) {
      return false;
    }
    this.crash(this.sim.now, this.config.restartMs);
    return true;
  }

  /** The system finished a request's I/O and answered it: free its memory (and worker if blocking). */
  finish(req: Request): void {
    if (req.server !== this.index || !this.up) return;
    const now = this.sim.now;
    this.flush(now);
    this.unlink(req);
    this.inFlight--;
    this.served++;
    if (this.trackLatency) this.observeLatency(now - req.arrivalMs, now);
    if (this.blocking) {
      this.active--;
      this.startNext();
    }
    if (this.draining && this.inFlight === 0) this.switchOff();
  }

  /** Crash now: every request here is lost; back up after `downMs`. */
  crash(now: number, downMs: number): void {
    if (!this.up) return;
    this.flush(now);
    this.up = false;
    this.crashes++;
    // Every in-flight request (queued ones included) is on the intrusive list.
    this.queue.drain();
    const lost: Request[] = [];
    for (let r = this.head; r !== null; r = r.next) lost.push(r);
    this.runQueue.drain();
    this.head = null;
    this.active = 0;
    this.cpuBusy = 0;
    this.paging = 0;
    this.diskFreeAt = now;
    this.inFlight = 0;
    this.sim.schedule(now + downMs, this.target, RESTART);
    if (this.draining) this.switchOff();
    this.listener.crashed?.(this);
    for (const r of lost) {
      r.prev = r.next = null;
      this.dropped++;
      this.listener.dropped(r, this, 'crash');
    }
  }

  /** Completion, crash and restart events. */
  onEvent(stamped: number, arg: number): void {
    const now = this.sim.now;
    const kind = stamped & KIND_MASK;
    if (kind === COMPLETE) {
      // Scheduled before a crash: its request was lost and released (the slot may be reused).
      if (stamped >>> KIND_BITS !== this.crashes) return;
      const req = this.pool.resolve(arg);
      if (req === undefined || req.server !== this.index || !this.up) return;
      this.flush(now);
      this.cpuBusy--;
      const ready = this.runQueue.shift();
      if (ready !== undefined) this.compute(ready);
      if (!this.blocking) {
        this.active--;
        this.startNext();
      }
      this.listener.cpuDone(req, this);
    } else this.onOtherEvent(kind, stamped, arg, now);
  }

  /** Page-ins, crashes, restarts and boots: out of `onEvent`, which runs for every request. */
  private onOtherEvent(kind: number, stamped: number, arg: number, now: number): void {
    if (kind === PAGED) {
      if (stamped >>> KIND_BITS !== this.crashes) return;
      const req = this.pool.resolve(arg);
      if (req === undefined || req.server !== this.index || !this.up) return;
      this.flush(now);
      this.paging--;
      this.runOnCore(req);
    } else if (kind === CRASH) {
      this.crash(now, arg);
    } else if (kind === RANDOM_CRASH) {
      if (this.up) this.crash(now, this.config.restartMs);
    } else if (kind === BOOTED) {
      if (!this.provisioned || this.booted) return;
      this.flush(now);
      this.booted = true;
      this.up = true;
      this.onServiceChange?.();
    } else if (kind === RESTART) {
      // A machine scaled in while down stays off.
      if (!this.provisioned) return;
      this.flush(now);
      this.up = true;
      this.peakEwmaMs = 0;
      this.scheduleRandomCrash();
    }
  }

  // The private steps below read the clock themselves: a double passed to a call V8 does not
  // inline is boxed, and these run for every request.
  private startNext(): void {
    const next = this.queue.shift();
    if (next !== undefined) this.start(next);
  }

  /** A worker takes the request: page in first if memory is exhausted, then compute. */
  private start(req: Request): void {
    const now = this.sim.now;
    this.active++;
    req.startMs = now;
    this.starts++;
    if (now > req.acceptedMs) {
      this.waited++;
      this.waitSum += now - req.acceptedMs;
    }
    if (this.memoryLimited && this.pageIn(req)) return;
    this.runOnCore(req);
  }

  /**
   * When memory is exhausted and the server swaps: the request takes its major page faults first
   * (true). Paging is waiting on disk: the worker is held, no core is, and the disk serves one
   * page-in at a time.
   */
  private pageIn(req: Request): boolean {
    const now = this.sim.now;
    const c = this.config;
    if (
      this.memoryUsedMb <= c.memoryMb ||
      c.onMemoryExhausted !== 'swap' ||
      c.majorFaultsPerRequest <= 0
    ) {
      return false;
    }
    const faults = c.majorFaultsPerRequest;
    this.majorFaults += faults;
    this.paging++;
    const done = Math.max(now, this.diskFreeAt) + faults * c.pageInMs;
    this.diskFreeAt = done;
    this.sim.schedule(done, this.target, PAGED | (this.crashes << KIND_BITS), req.token);
    return true;
  }

  /** Compute now if a core is free, else wait in the run queue. */
  private runOnCore(req: Request): void {
    if (this.cpuBusy < this.cores) this.compute(req);
    else this.runQueue.push(req);
  }

  private compute(req: Request): void {
    const now = this.sim.now;
    this.cpuBusy++;
    const t = (this.service() * req.cost) / this.speed;
    this.sim.schedule(now + t, this.target, COMPLETE | (this.crashes << KIND_BITS), req.token);
  }

  private scheduleRandomCrash(): void {
    const mtbf = this.config.mtbfMs;
    if (mtbf === Infinity) return;
    const gap = -mtbf * Math.log(this.rng.nextOpen());
    this.sim.schedule(this.sim.now + gap, this.target, RANDOM_CRASH);
  }

  private link(req: Request): void {
    req.prev = null;
    req.next = this.head;
    if (this.head) this.head.prev = req;
    this.head = req;
  }

  private unlink(req: Request): void {
    if (req.prev) req.prev.next = req.next;
    else if (this.head === req) this.head = req.next;
    if (req.next) req.next.prev = req.prev;
    req.prev = req.next = null;
  }

  private observeLatency(ms: number, now: number): void {
    if (ms > this.peakEwmaMs) {
      this.peakEwmaMs = ms;
    } else {
      const w = Math.exp(-(now - this.lastEwmaAt) / EWMA_TAU_MS);
      this.peakEwmaMs = this.peakEwmaMs * w + ms * (1 - w);
    }
    this.lastEwmaAt = now;
  }
}
