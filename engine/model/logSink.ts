import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import {
  checkDistribution,
  sampler,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import { checkKeys, checkObject, checkOneOf, optNumber } from '../core/errors.ts';

/** Severity of a log record, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Log levels, lowest first. */
export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** One structured log record. */
export interface LogRecord {
  /** When it was written, ms. */
  tMs: number;
  level: LogLevel;
  /** The request it is about (-1 for none). */
  requestId: number;
  /** Server that wrote it. */
  server: string;
  message: string;
}

/** Where logs go, as JSON data. */
export interface LogSpec {
  /** 'local': files on each server's (ephemeral) disk; 'shipped': batched to an external log service. */
  mode?: 'local' | 'shipped';
  /** Records per batch; a full buffer is shipped at once (default 100). */
  batchSize?: number;
  /** Buffers are shipped at least this often, ms (default 1000). */
  flushIntervalMs?: number;
  /** Time for a batch to reach the log service, ms (default 50). */
  shipDelayMs?: DistributionSpec | number;
  /** Records below this level are not written (default 'info'). */
  minLevel?: LogLevel;
  /** How many of the latest stored records the result keeps (default 100). */
  keepRecords?: number;
}

/** A log sink with defaults filled in. */
export interface LogConfig {
  mode: 'local' | 'shipped';
  batchSize: number;
  flushIntervalMs: number;
  shipDelayMs: DistributionSpec;
  minLevel: LogLevel;
  keepRecords: number;
}

/** Validate a log configuration; throws `ConfigError` naming the field. */
export function checkLogs(value: unknown, field = 'logs'): LogConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'mode',
    'batchSize',
    'flushIntervalMs',
    'shipDelayMs',
    'minLevel',
    'keepRecords',
  ]);
  return {
    mode:
      o['mode'] === undefined
        ? 'shipped'
        : checkOneOf(o['mode'], `${field}.mode`, ['local', 'shipped'] as const),
    batchSize: optNumber(o['batchSize'], `${field}.batchSize`, 100, {
      min: 1,
      max: 1e6,
      integer: true,
    }),
    flushIntervalMs: optNumber(o['flushIntervalMs'], `${field}.flushIntervalMs`, 1000, {
      above: 0,
    }),
    shipDelayMs:
      o['shipDelayMs'] === undefined
        ? { kind: 'constant', value: 50 }
        : checkDistribution(o['shipDelayMs'], `${field}.shipDelayMs`),
    minLevel:
      o['minLevel'] === undefined
        ? 'info'
        : checkOneOf(o['minLevel'], `${field}.minLevel`, logLevels),
    keepRecords: optNumber(o['keepRecords'], `${field}.keepRecords`, 100, {
      min: 0,
      max: 100_000,
      integer: true,
    }),
  };
}

/** Log totals for the result. */
export interface LogSummary {
  mode: 'local' | 'shipped';
  /** Records written by servers. */
  written: number;
  /** Records safe: at the log service ('shipped') or on the disk of a server that never crashed since. */
  stored: number;
  /** Records lost in crashes (unshipped buffers, or ephemeral disks). */
  lost: number;
  /** Records still buffered or in transit at the end. */
  pending: number;
  /** Batches shipped. */
  batches: number;
  /** The latest stored records, oldest first. */
  recent: LogRecord[];
}

const FLUSH = 0;
const ARRIVE = 1;

/**
 * Servers' logs. Shipped: each server buffers records in memory and ships a batch when full or
 * every flush interval; a crash loses its buffer. Local: records stay on the server's disk, which
 * a crash (instance replaced) loses, and nobody outside the server can search them.
 */
export class LogSink implements EventHandler {
  readonly config: LogConfig;
  written = 0;
  stored = 0;
  lost = 0;
  batches = 0;
  private readonly minRank: number;
  private readonly stopMs: number;
  private readonly buffers: LogRecord[][] = [];
  private readonly localCounts: number[] = [];
  private readonly transit = new Map<number, LogRecord[]>();
  private nextBatch = 0;
  private readonly recent: LogRecord[] = [];
  private readonly delay: Sampler;
  private readonly target: number;
  private readonly sim: Simulation;

  constructor(sim: Simulation, config: LogConfig, rng: Rng, stopMs: number) {
    this.sim = sim;
    this.config = config;
    this.minRank = logLevels.indexOf(config.minLevel);
    this.delay = sampler(config.shipDelayMs, rng, 'logs.shipDelayMs');
    this.target = sim.register(this);
    this.stopMs = stopMs;
    // One flush pending at a time (the next is scheduled when it runs): memory stays flat
    // however short the interval.
    if (config.mode === 'shipped' && config.flushIntervalMs <= stopMs)
      sim.schedule(config.flushIntervalMs, this.target, FLUSH);
  }

  /** Whether records at `level` are written (check before building a message). */
  enabled(level: LogLevel): boolean {
    return logLevels.indexOf(level) >= this.minRank;
  }

  /** A server writes one record. */
  write(server: number, record: LogRecord): void {
    if (!this.enabled(record.level)) return;
    this.written++;
    if (this.config.mode === 'local') {
      this.localCounts[server] = (this.localCounts[server] ?? 0) + 1;
      this.stored++;
      this.keep(record);
      return;
    }
    const buf = (this.buffers[server] ??= []);
    buf.push(record);
    if (buf.length >= this.config.batchSize) this.ship(server);
  }

  /** A server crashed: what it had not shipped (or its whole local disk) is gone. */
  crashed(server: number): void {
    if (this.config.mode === 'local') {
      const n = this.localCounts[server] ?? 0;
      this.lost += n;
      this.stored -= n;
      this.localCounts[server] = 0;
      return;
    }
    const buf = this.buffers[server];
    if (buf) {
      this.lost += buf.length;
      this.buffers[server] = [];
    }
  }

  /** Flush timers and batch arrivals. */
  onEvent(kind: number, arg: number): void {
    if (kind === FLUSH) {
      // The next flush first: it keeps the place in the queue a pre-scheduled one had, ahead of
      // the batches shipped now.
      const next = this.sim.now + this.config.flushIntervalMs;
      if (next <= this.stopMs) this.sim.schedule(next, this.target, FLUSH);
      for (let s = 0; s < this.buffers.length; s++) if (this.buffers[s]?.length) this.ship(s);
    } else if (kind === ARRIVE) {
      const batch = this.transit.get(arg);
      this.transit.delete(arg);
      if (!batch) return;
      this.stored += batch.length;
      for (const r of batch) this.keep(r);
    }
  }

  /** Totals and the latest stored records. */
  summary(): LogSummary {
    let pending = 0;
    for (const b of this.buffers) pending += b?.length ?? 0;
    for (const b of this.transit.values()) pending += b.length;
    return {
      mode: this.config.mode,
      written: this.written,
      stored: this.stored,
      lost: this.lost,
      pending,
      batches: this.batches,
      recent: this.config.keepRecords === 0 ? [] : this.recent.slice(-this.config.keepRecords),
    };
  }

  private ship(server: number): void {
    const batch = this.buffers[server]!;
    this.buffers[server] = [];
    const id = this.nextBatch++;
    this.batches++;
    this.transit.set(id, batch);
    this.sim.schedule(this.sim.now + this.delay(), this.target, ARRIVE, id);
  }

  private keep(r: LogRecord): void {
    if (this.config.keepRecords === 0) return;
    this.recent.push(r);
    if (this.recent.length > this.config.keepRecords * 2) {
      this.recent.splice(0, this.recent.length - this.config.keepRecords);
    }
  }
}
