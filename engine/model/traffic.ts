import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import { sampler, type DistributionSpec, type Sampler } from '../core/distributions.ts';
import {
  ConfigError,
  checkArray,
  checkNumber,
  checkKeys,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';
import { checkDistribution } from '../core/distributions.ts';
import type { Request, RequestPool } from './request.ts';

/** A kind of request with its own cost and payload (e.g. cheap reads vs expensive checkouts). */
export interface RequestTypeSpec {
  /** Type name, visible to strategies as `request.type`. */
  name: string;
  /** Relative share of traffic. */
  weight: number;
  /** Service-time multiplier (default 1). */
  cost?: number;
  /** Response size in bytes (default 2000). */
  sizeBytes?: DistributionSpec | number;
  /** Database queries per request of this type (default: the database's queriesPerRequest). */
  dbQueries?: number;
  /** External-API calls per request of this type (default: the API's callsPerRequest). */
  apiCalls?: number;
}

/** A request type with defaults filled in (null: use the component's default). */
export interface RequestTypeConfig {
  name: string;
  weight: number;
  cost: number;
  sizeBytes: DistributionSpec | number;
  dbQueries: number | null;
  apiCalls: number | null;
}

/** A temporary multiplication of the arrival rate (a flash crowd, a retry storm). */
export interface SpikeSpec {
  /** When the spike starts, ms. */
  atMs: number;
  /** How long it lasts, ms. */
  durationMs: number;
  /** Rate multiplier while it lasts (e.g. 5). */
  multiplier: number;
}

/** Periodic bursts: the rate is multiplied during the first `onMs` of every `periodMs`. */
export interface BurstSpec {
  /** Time from one burst's start to the next, ms. */
  periodMs: number;
  /** Burst length, ms (< periodMs). */
  onMs: number;
  /** Rate multiplier during a burst. */
  multiplier: number;
  /** First burst starts here, ms (default 0). */
  startMs?: number;
}

/** Linear change of the base rate from `ratePerSec` to `toPerSec` between `startMs` and `endMs`. */
export interface RampSpec {
  toPerSec: number;
  /** Default 0. */
  startMs?: number;
  /** Default the scenario's duration. */
  endMs?: number;
}

/** A daily cycle: rate × (1 + amplitude·cos(2π(t − peakAtMs)/periodMs)). */
export interface DiurnalSpec {
  /** Length of one cycle, ms (compress a day into seconds for a lesson). */
  periodMs: number;
  /** 0..1: how far the rate swings above and below its mean. */
  amplitude: number;
  /** When the peak occurs, ms (default periodMs / 2). */
  peakAtMs?: number;
}

/** Where requests come from, as JSON data. */
export interface TrafficSpec {
  /** `poisson`: random, memoryless arrivals; `constant`: evenly spaced. */
  kind: 'poisson' | 'constant';
  /** Base arrival rate, requests per second. */
  ratePerSec: number;
  /** Distinct clients (ids 0..clients-1, for sticky routing); default 1000. */
  clients?: number;
  /** Request mix; default one type 'default' with cost 1 and 2000 bytes. */
  requestTypes?: RequestTypeSpec[];
  /** Ramp the base rate up or down. */
  ramp?: RampSpec;
  /** Diurnal (sinusoidal) variation. */
  diurnal?: DiurnalSpec;
  /** Scheduled spikes. */
  spikes?: SpikeSpec[];
  /** Periodic on/off bursts. */
  bursts?: BurstSpec;
}

/** Validated traffic with defaults filled in. */
export interface TrafficConfig {
  kind: 'poisson' | 'constant';
  ratePerSec: number;
  clients: number;
  requestTypes: RequestTypeConfig[];
  ramp?: Required<RampSpec>;
  diurnal?: Required<DiurnalSpec>;
  spikes: SpikeSpec[];
  bursts?: Required<BurstSpec>;
}

/** Validate traffic; throws `ConfigError` naming the field. */
export function checkTraffic(value: unknown, durationMs: number, field = 'traffic'): TrafficConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'kind',
    'ratePerSec',
    'clients',
    'requestTypes',
    'ramp',
    'diurnal',
    'spikes',
    'bursts',
  ]);
  const kind = checkOneOf(o['kind'], `${field}.kind`, ['poisson', 'constant'] as const);
  const ratePerSec = checkNumber(o['ratePerSec'], `${field}.ratePerSec`, { min: 0, max: 1e9 });
  const clients = optNumber(o['clients'], `${field}.clients`, 1000, {
    min: 1,
    max: 1e9,
    integer: true,
  });
  const requestTypes =
    o['requestTypes'] === undefined
      ? [{ name: 'default', weight: 1, cost: 1, sizeBytes: 2000, dbQueries: null, apiCalls: null }]
      : checkArray(o['requestTypes'], `${field}.requestTypes`, 1).map((t, i) => {
          const f = `${field}.requestTypes[${i}]`;
          const to = checkObject(t, f);
          if (typeof to['name'] !== 'string' || to['name'] === '')
            throw new ConfigError(`${f}.name`, 'must be a non-empty string');
          const count = { min: 0, max: 1000, integer: true };
          return {
            dbQueries:
              to['dbQueries'] === undefined
                ? null
                : checkNumber(to['dbQueries'], `${f}.dbQueries`, count),
            apiCalls:
              to['apiCalls'] === undefined
                ? null
                : checkNumber(to['apiCalls'], `${f}.apiCalls`, count),
            name: to['name'],
            weight: checkNumber(to['weight'], `${f}.weight`, { min: 0 }),
            cost: optNumber(to['cost'], `${f}.cost`, 1, { min: 0, max: 1e6 }),
            sizeBytes:
              to['sizeBytes'] === undefined
                ? 2000
                : checkDistribution(to['sizeBytes'], `${f}.sizeBytes`),
          };
        });
  if (requestTypes.every((t) => t.weight === 0))
    throw new ConfigError(`${field}.requestTypes`, 'at least one weight must be > 0');
  const cfg: TrafficConfig = { kind, ratePerSec, clients, requestTypes, spikes: [] };
  if (o['ramp'] !== undefined) {
    const r = checkObject(o['ramp'], `${field}.ramp`);
    const startMs = optNumber(r['startMs'], `${field}.ramp.startMs`, 0, { min: 0 });
    cfg.ramp = {
      toPerSec: checkNumber(r['toPerSec'], `${field}.ramp.toPerSec`, { min: 0, max: 1e9 }),
      startMs,
      endMs: optNumber(r['endMs'], `${field}.ramp.endMs`, Math.max(durationMs, startMs), {
        min: startMs,
      }),
    };
  }
  if (o['diurnal'] !== undefined) {
    const d = checkObject(o['diurnal'], `${field}.diurnal`);
    const periodMs = checkNumber(d['periodMs'], `${field}.diurnal.periodMs`, { above: 0 });
    cfg.diurnal = {
      periodMs,
      amplitude: checkNumber(d['amplitude'], `${field}.diurnal.amplitude`, { min: 0, max: 1 }),
      peakAtMs: optNumber(d['peakAtMs'], `${field}.diurnal.peakAtMs`, periodMs / 2),
    };
  }
  if (o['bursts'] !== undefined) {
    const b = checkObject(o['bursts'], `${field}.bursts`);
    const periodMs = checkNumber(b['periodMs'], `${field}.bursts.periodMs`, { above: 0 });
    cfg.bursts = {
      periodMs,
      onMs: checkNumber(b['onMs'], `${field}.bursts.onMs`, { min: 0, max: periodMs }),
      multiplier: checkNumber(b['multiplier'], `${field}.bursts.multiplier`, { min: 0, max: 1e6 }),
      startMs: optNumber(b['startMs'], `${field}.bursts.startMs`, 0, { min: 0 }),
    };
  }
  if (o['spikes'] !== undefined) {
    cfg.spikes = checkArray(o['spikes'], `${field}.spikes`).map((s, i) => {
      const f = `${field}.spikes[${i}]`;
      const so = checkObject(s, f);
      return {
        atMs: checkNumber(so['atMs'], `${f}.atMs`, { min: 0 }),
        durationMs: checkNumber(so['durationMs'], `${f}.durationMs`, { min: 0 }),
        multiplier: checkNumber(so['multiplier'], `${f}.multiplier`, { min: 0, max: 1e6 }),
      };
    });
  }
  return cfg;
}

/** Arrival rate (requests/s) at time `t` for a validated traffic config. */
export function rateAt(cfg: TrafficConfig, t: number): number {
  let rate = cfg.ratePerSec;
  const r = cfg.ramp;
  if (r) {
    const f = r.endMs > r.startMs ? (t - r.startMs) / (r.endMs - r.startMs) : 1;
    const x = f <= 0 ? 0 : f >= 1 ? 1 : f;
    rate = cfg.ratePerSec + (r.toPerSec - cfg.ratePerSec) * x;
  }
  const d = cfg.diurnal;
  if (d) rate *= 1 + d.amplitude * Math.cos((2 * Math.PI * (t - d.peakAtMs)) / d.periodMs);
  for (const s of cfg.spikes) if (t >= s.atMs && t < s.atMs + s.durationMs) rate *= s.multiplier;
  const b = cfg.bursts;
  if (b && t >= b.startMs && (t - b.startMs) % b.periodMs < b.onMs) rate *= b.multiplier;
  return rate;
}

/**
 * The largest product of spike multipliers (those > 1) in force at the same time within
 * [0, `stopMs`): spikes that never overlap do not multiply each other. A sweep over the spikes'
 * starts and ends, O(k²) for k spikes (k is at most a hundred).
 */
export function peakSpikeFactor(spikes: readonly SpikeSpec[], stopMs = Infinity): number {
  const live = spikes.filter(
    (s) => s.multiplier > 1 && s.durationMs > 0 && s.atMs < stopMs && s.atMs + s.durationMs > 0,
  );
  let peak = 1;
  // The product is largest just after some spike starts (or at 0): check each start.
  for (const a of live) {
    const t = Math.max(0, a.atMs);
    let product = 1;
    for (const s of live) if (t >= s.atMs && t < s.atMs + s.durationMs) product *= s.multiplier;
    if (product > peak) peak = product;
  }
  return peak;
}

/** An upper bound of `rateAt` over [0, `stopMs`) (the thinning rate). */
export function maxRate(cfg: TrafficConfig, stopMs = Infinity): number {
  let rate = Math.max(cfg.ratePerSec, cfg.ramp?.toPerSec ?? 0);
  if (cfg.diurnal) rate *= 1 + cfg.diurnal.amplitude;
  rate *= peakSpikeFactor(cfg.spikes, stopMs);
  if (cfg.bursts && cfg.bursts.multiplier > 1) rate *= cfg.bursts.multiplier;
  return rate;
}

/** Whether the rate can be 0 somewhere (constant traffic then waits in `ZERO_RATE_STEP_MS` steps). */
export function canPause(cfg: TrafficConfig): boolean {
  return (
    cfg.ratePerSec === 0 ||
    cfg.ramp?.toPerSec === 0 ||
    cfg.diurnal?.amplitude === 1 ||
    cfg.spikes.some((s) => s.multiplier === 0) ||
    cfg.bursts?.multiplier === 0
  );
}

/** Constant traffic at rate 0 looks again this much later, ms. */
export const ZERO_RATE_STEP_MS = 10;

/** Receives each new request. */
export interface ArrivalSink {
  /** A request arrived at the system. */
  arrive(req: Request): void;
}

const ARRIVAL = 0;

/** Generates arrivals until `stopMs`; varying rates use Lewis–Shedler thinning (exact for Poisson). */
export class TrafficSource implements EventHandler {
  private readonly cfg: TrafficConfig;
  private readonly constantRate: boolean;
  private readonly simplePoisson: boolean;
  private readonly meanGap: number;
  private readonly lambdaMax: number;
  private readonly typeCdf: Float64Array;
  private readonly sizes: Sampler[];
  /** Per type: its response size when that is a constant (rounded; no draw needed), else NaN. */
  private readonly fixedSizes: Float64Array;
  private readonly target: number;
  private readonly sim: Simulation;
  private readonly rng: Rng;
  private readonly pool: RequestPool;
  private readonly sink: ArrivalSink;
  private readonly stopMs: number;
  /** Requests generated so far. */
  generated = 0;

  constructor(
    sim: Simulation,
    pool: RequestPool,
    cfg: TrafficConfig,
    rng: Rng,
    sink: ArrivalSink,
    stopMs: number,
  ) {
    this.sim = sim;
    this.cfg = cfg;
    this.rng = rng;
    this.pool = pool;
    this.sink = sink;
    this.stopMs = stopMs;
    this.constantRate = !cfg.ramp && !cfg.diurnal && !cfg.bursts && cfg.spikes.length === 0;
    this.lambdaMax = maxRate(cfg, stopMs);
    const total = cfg.requestTypes.reduce((a, t) => a + t.weight, 0);
    let acc = 0;
    this.typeCdf = Float64Array.from(cfg.requestTypes, (t) => (acc += t.weight / total));
    this.typeCdf[this.typeCdf.length - 1] = 1;
    this.sizes = cfg.requestTypes.map((t, i) =>
      sampler(t.sizeBytes, rng, `traffic.requestTypes[${i}].sizeBytes`),
    );
    this.fixedSizes = Float64Array.from(cfg.requestTypes, ({ sizeBytes: b }) =>
      typeof b === 'number' ? Math.round(b) : b.kind === 'constant' ? Math.round(b.value) : NaN,
    );
    this.simplePoisson = cfg.kind === 'poisson' && this.constantRate && this.lambdaMax > 0;
    this.meanGap = this.lambdaMax > 0 ? 1000 / this.lambdaMax : Infinity;
    this.target = sim.register(this);
    const first = this.nextAfter(sim.now, true);
    if (first < stopMs) sim.schedule(first, this.target, ARRIVAL);
  }

  /** One arrival: hand a request to the sink and schedule the next. */
  onEvent(kind: number): void {
    if (kind !== ARRIVAL) return;
    const now = this.sim.now;
    const req = this.pool.acquire();
    req.arrivalMs = now;
    const cfg = this.cfg;
    if (cfg.clients > 1) req.clientId = this.rng.int(cfg.clients);
    let ti = 0;
    if (this.typeCdf.length > 1) {
      const u = this.rng.next();
      while (u >= this.typeCdf[ti]!) ti++;
    }
    const type = cfg.requestTypes[ti]!;
    req.typeIndex = ti;
    req.type = type.name;
    req.cost = type.cost;
    const fixed = this.fixedSizes[ti]!;
    req.sizeBytes = fixed === fixed ? fixed : Math.round(this.sizes[ti]!());
    this.generated++;
    // Fast path for the common case (homogeneous Poisson): one log per arrival.
    const next = this.simplePoisson
      ? now - this.meanGap * Math.log(this.rng.nextOpen())
      : this.nextAfter(now, false);
    if (next < this.stopMs) this.sim.schedule(next, this.target, ARRIVAL);
    this.sink.arrive(req);
  }

  private nextAfter(t: number, first: boolean): number {
    const cfg = this.cfg;
    if (cfg.kind === 'constant') {
      // Evenly spaced at the current rate; a zero rate waits in 10 ms steps for traffic to resume.
      let now = t;
      while (now < this.stopMs) {
        const rate = this.constantRate ? cfg.ratePerSec : rateAt(cfg, now);
        if (rate > 0) return first ? now : now + 1000 / rate;
        now += ZERO_RATE_STEP_MS;
        first = true;
      }
      return Infinity;
    }
    if (this.lambdaMax <= 0) return Infinity;
    const meanGap = 1000 / this.lambdaMax;
    let now = t;
    for (;;) {
      now += -meanGap * Math.log(this.rng.nextOpen());
      if (now >= this.stopMs) return Infinity;
      if (this.constantRate || this.rng.next() * this.lambdaMax < rateAt(cfg, now)) return now;
    }
  }
}
