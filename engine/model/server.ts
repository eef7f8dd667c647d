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
  /** Parallel workers. */
  readonly cores: number;
  /** CPU speed factor: service times are divided by it. */
  readonly speed: number;
  /** Weight for weighted strategies (default: cores × speed). */
  readonly weight: number;
  /** Requests being processed right now (busy cores). */
  readonly active: number;
  /** Requests waiting in its queue. */
  readonly queued: number;
  /** Outstanding requests sent to it and not yet answered (active + queued). */
  readonly connections: number;
  /** Whether the server is running (not crashed). */
  readonly up: boolean;
  /** Peak-EWMA of its response times, ms (Finagle's estimator: jumps up at once, decays slowly). */
  readonly peakEwmaMs: number;
}

/** A server as JSON data. */
export interface ServerSpec {
  /** Display name; default `s<index>`. */
  name?: string;
  /** Parallel workers (default 1). */
  cores?: number;
  /** CPU speed factor (default 1; 2 = twice as fast). */
  speed?: number;
  /** Base time one request takes on one core at speed 1, ms. */
  serviceTime: DistributionSpec | number;
  /** Waiting requests beyond busy cores; more are dropped (default Infinity). */
  queueCapacity?: number;
  /** Weight for weighted strategies (default cores × speed). */
  weight?: number;
}

/** Receives what happens to requests at a server. */
export interface ServerListener {
  /** A request finished service. */
  served(req: Request, server: Server): void;
  /** A request was refused or lost. */
  dropped(req: Request, server: Server, reason: DropReason): void;
}

/** Why a request did not get an answer. */
export type DropReason = 'queue-full' | 'down' | 'crash' | 'no-server';

const COMPLETE = 0;
/** Decay constant of the peak-EWMA latency estimate, ms. */
const EWMA_TAU_MS = 2000;

/** A machine with `cores` workers and a bounded FIFO queue. */
export class Server implements EventHandler, ServerView {
  readonly index: number;
  readonly name: string;
  readonly cores: number;
  readonly speed: number;
  readonly weight: number;
  readonly queueCapacity: number;
  active = 0;
  up = true;
  peakEwmaMs = 0;
  /** Counters since start. */
  served = 0;
  dropped = 0;
  /** ∫ active dt and ∫ queued dt since start (ms·requests), for utilisation and Little's law. */
  busyArea = 0;
  queueArea = 0;
  private lastChange = 0;
  private lastEwmaAt = 0;
  private readonly queue = new Fifo<Request>();
  private readonly target: number;
  private readonly service: Sampler;
  private readonly sim: Simulation;
  private readonly pool: RequestPool;
  private readonly listener: ServerListener;

  constructor(
    sim: Simulation,
    pool: RequestPool,
    index: number,
    spec: Required<Omit<ServerSpec, 'serviceTime'>> & { serviceTime: DistributionSpec },
    rng: Rng,
    listener: ServerListener,
  ) {
    this.sim = sim;
    this.pool = pool;
    this.index = index;
    this.name = spec.name;
    this.cores = spec.cores;
    this.speed = spec.speed;
    this.weight = spec.weight;
    this.queueCapacity = spec.queueCapacity;
    this.service = sampler(spec.serviceTime, rng, `servers[${index}].serviceTime`);
    this.listener = listener;
    this.target = sim.register(this);
  }

  /** Requests waiting. */
  get queued(): number {
    return this.queue.length;
  }

  /** Active + queued. */
  get connections(): number {
    return this.active + this.queue.length;
  }

  /** Bring the time integrals up to now (call before reading `busyArea`/`queueArea`). */
  flush(now: number): void {
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += this.active * dt;
      this.queueArea += this.queue.length * dt;
      this.lastChange = now;
    }
  }

  /** Offer a request: start it, queue it, or drop it. */
  accept(req: Request): void {
    const now = this.sim.now;
    req.server = this.index;
    if (!this.up) {
      this.dropped++;
      this.listener.dropped(req, this, 'down');
      return;
    }
    if (this.active < this.cores) {
      this.flush(now);
      this.start(req, now);
    } else if (this.queue.length < this.queueCapacity) {
      this.flush(now);
      this.queue.push(req);
    } else {
      this.dropped++;
      this.listener.dropped(req, this, 'queue-full');
    }
  }

  /** Completion events. */
  onEvent(kind: number, arg: number): void {
    if (kind !== COMPLETE) return;
    const now = this.sim.now;
    const req = this.pool.get(arg);
    this.flush(now);
    this.active--;
    this.served++;
    this.observeLatency(now - req.arrivalMs, now);
    const next = this.queue.shift();
    if (next !== undefined) this.start(next, now);
    this.listener.served(req, this);
  }

  private start(req: Request, now: number): void {
    this.active++;
    req.startMs = now;
    this.sim.schedule(
      now + (this.service() * req.cost) / this.speed,
      this.target,
      COMPLETE,
      req.slot,
    );
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
