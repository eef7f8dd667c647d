import type { Rng } from '../core/rng.ts';
import {
  sampler,
  checkDistribution,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import { checkArray, checkKeys, checkNumber, checkObject, optNumber } from '../core/errors.ts';

/** A time window, ms. */
export interface WindowSpec {
  /** Start, ms. */
  atMs: number;
  /** Length, ms. */
  durationMs: number;
}

/** One direction of a network path, as JSON data. */
export interface LinkSpec {
  /** One-way propagation latency, ms (default 0). */
  latencyMs?: DistributionSpec | number;
  /** Extra uniform random delay in [0, jitterMs], ms (default 0). */
  jitterMs?: number;
  /** Bandwidth, megabits per second (default Infinity). Messages queue behind each other. */
  bandwidthMbps?: number;
  /** Probability a message is lost and retransmitted after `retransmitMs` (default 0). */
  lossRate?: number;
  /** Retransmission timeout after a loss, ms (default 200, TCP's minimum RTO). */
  retransmitMs?: number;
  /** Windows during which nothing gets through (a network partition). */
  partitions?: WindowSpec[];
}

/** A link with every default filled in. */
export type LinkConfig = Required<LinkSpec> & { latencyMs: DistributionSpec };

/** Validate a link; throws `ConfigError` naming the field. */
export function checkLink(value: unknown, field: string): LinkConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'latencyMs',
    'jitterMs',
    'bandwidthMbps',
    'lossRate',
    'retransmitMs',
    'partitions',
  ]);
  return {
    latencyMs:
      o['latencyMs'] === undefined
        ? { kind: 'constant', value: 0 }
        : checkDistribution(o['latencyMs'], `${field}.latencyMs`),
    jitterMs: optNumber(o['jitterMs'], `${field}.jitterMs`, 0, { min: 0 }),
    bandwidthMbps: optNumber(o['bandwidthMbps'], `${field}.bandwidthMbps`, Infinity, {
      above: 0,
      infinite: true,
    }),
    lossRate: optNumber(o['lossRate'], `${field}.lossRate`, 0, { min: 0, max: 0.99 }),
    retransmitMs: optNumber(o['retransmitMs'], `${field}.retransmitMs`, 200, { min: 0 }),
    partitions: checkWindows(o['partitions'], `${field}.partitions`),
  };
}

/** Validate a list of time windows. */
export function checkWindows(value: unknown, field: string): WindowSpec[] {
  if (value === undefined) return [];
  return checkArray(value, field).map((w, i) => {
    const o = checkObject(w, `${field}[${i}]`);
    return {
      atMs: checkNumber(o['atMs'], `${field}[${i}].atMs`, { min: 0 }),
      durationMs: checkNumber(o['durationMs'], `${field}[${i}].durationMs`, { min: 0 }),
    };
  });
}

/** Whether `t` falls in one of `windows`. */
export function inWindow(windows: readonly WindowSpec[], t: number): boolean {
  for (const w of windows) if (t >= w.atMs && t < w.atMs + w.durationMs) return true;
  return false;
}

/**
 * One direction of a path: messages are serialised at the bandwidth one after another (a FIFO
 * transmitter), then travel with latency + jitter. Counts bytes; a partition makes `send` fail.
 */
export class NetworkLink {
  /** Bytes handed to the link. */
  bytesSent = 0;
  /** Messages lost at least once (and retransmitted). */
  retransmissions = 0;
  /** Messages that could not be sent (partition). */
  undeliverable = 0;
  private busyUntil = 0;
  private readonly cfg: LinkConfig;
  private readonly latency: Sampler;
  private readonly rng: Rng;
  private readonly msPerByte: number;

  constructor(cfg: LinkConfig, rng: Rng, field = 'link') {
    this.cfg = cfg;
    this.rng = rng;
    this.latency = sampler(cfg.latencyMs, rng, `${field}.latencyMs`);
    this.msPerByte = cfg.bandwidthMbps === Infinity ? 0 : 8 / (cfg.bandwidthMbps * 1000);
  }

  /** Send `bytes` at `now`; returns the arrival time, or -1 if a partition blocks the path. */
  send(bytes: number, now: number): number {
    if (this.cfg.partitions.length > 0 && inWindow(this.cfg.partitions, now)) {
      this.undeliverable++;
      return -1;
    }
    this.bytesSent += bytes;
    let t = now;
    if (this.msPerByte > 0) {
      t = Math.max(now, this.busyUntil) + bytes * this.msPerByte;
      this.busyUntil = t;
    }
    t += this.latency();
    if (this.cfg.jitterMs > 0) t += this.rng.next() * this.cfg.jitterMs;
    const loss = this.cfg.lossRate;
    while (loss > 0 && this.rng.next() < loss) {
      this.retransmissions++;
      t += this.cfg.retransmitMs;
    }
    return t;
  }
}
