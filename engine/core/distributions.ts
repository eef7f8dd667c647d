import type { Rng } from './rng.ts';
import { ConfigError, checkArray, checkNumber, checkObject, checkOneOf } from './errors.ts';
import { MAX_DEPTH } from './limits.ts';

/** A fixed value. */
export interface ConstantSpec {
  kind: 'constant';
  value: number;
}
/** Uniform on [min, max]. */
export interface UniformSpec {
  kind: 'uniform';
  min: number;
  max: number;
}
/** Exponential with the given mean (memoryless; the "M" of M/M/1). */
export interface ExponentialSpec {
  kind: 'exponential';
  mean: number;
}
/** Normal, truncated at 0 (times are never negative). */
export interface NormalSpec {
  kind: 'normal';
  mean: number;
  stddev: number;
}
/** Log-normal: `median · e^(sigma·Z)`; the usual shape of service latencies. */
export interface LognormalSpec {
  kind: 'lognormal';
  median: number;
  sigma: number;
}
/** Pareto (heavy tail): `scale / U^(1/shape)`. */
export interface ParetoSpec {
  kind: 'pareto';
  scale: number;
  shape: number;
}
/** Two modes, e.g. cache hit vs miss: `high` with probability `pHigh`, else `low`. */
export interface BimodalSpec {
  kind: 'bimodal';
  low: DistributionSpec;
  high: DistributionSpec;
  pHigh: number;
}
/** Weighted mixture of distributions. */
export interface MixtureSpec {
  kind: 'mixture';
  components: { weight: number; dist: DistributionSpec }[];
}
/** Draw one of the observed `values` (optionally weighted). */
export interface EmpiricalSpec {
  kind: 'empirical';
  values: number[];
  weights?: number[];
}

/** A distribution as JSON data; every time or size in a scenario is one of these. */
export type DistributionSpec =
  | ConstantSpec
  | UniformSpec
  | ExponentialSpec
  | NormalSpec
  | LognormalSpec
  | ParetoSpec
  | BimodalSpec
  | MixtureSpec
  | EmpiricalSpec;

/** A function that draws one value per call. */
export type Sampler = () => number;

/** Names of the built-in distribution kinds. */
export const distributionKinds = [
  'constant',
  'uniform',
  'exponential',
  'normal',
  'lognormal',
  'pareto',
  'bimodal',
  'mixture',
  'empirical',
] as const;

/**
 * Validate a distribution spec; throws `ConfigError` naming the field. A bare number means
 * constant. Each level is checked once (linear in the spec's size), and nesting deeper than
 * `MAX_DEPTH` is refused before recursing.
 */
export function checkDistribution(value: unknown, field: string, depth = 0): DistributionSpec {
  if (depth > MAX_DEPTH)
    throw new ConfigError(
      field,
      `distributions nested more than ${MAX_DEPTH} levels deep (limit MAX_DEPTH: real ones nest 2 or 3)`,
    );
  if (typeof value === 'number') {
    checkNumber(value, field, { min: 0 });
    return { kind: 'constant', value };
  }
  const o = checkObject(value, field);
  const kind = checkOneOf(o['kind'], `${field}.kind`, distributionKinds);
  const nn = { min: 0 };
  const pos = { above: 0 };
  switch (kind) {
    case 'constant':
      return { kind, value: checkNumber(o['value'], `${field}.value`, nn) };
    case 'uniform': {
      const min = checkNumber(o['min'], `${field}.min`, nn);
      const max = checkNumber(o['max'], `${field}.max`, { min });
      return { kind, min, max };
    }
    case 'exponential':
      return { kind, mean: checkNumber(o['mean'], `${field}.mean`, pos) };
    case 'normal':
      return {
        kind,
        mean: checkNumber(o['mean'], `${field}.mean`, nn),
        stddev: checkNumber(o['stddev'], `${field}.stddev`, nn),
      };
    case 'lognormal':
      return {
        kind,
        median: checkNumber(o['median'], `${field}.median`, pos),
        sigma: checkNumber(o['sigma'], `${field}.sigma`, { min: 0, max: 5 }),
      };
    case 'pareto':
      return {
        kind,
        scale: checkNumber(o['scale'], `${field}.scale`, pos),
        shape: checkNumber(o['shape'], `${field}.shape`, pos),
      };
    case 'bimodal':
      return {
        kind,
        low: checkDistribution(o['low'], `${field}.low`, depth + 1),
        high: checkDistribution(o['high'], `${field}.high`, depth + 1),
        pHigh: checkNumber(o['pHigh'], `${field}.pHigh`, { min: 0, max: 1 }),
      };
    case 'mixture': {
      const comps = checkArray(o['components'], `${field}.components`, 1).map((c, i) => {
        const co = checkObject(c, `${field}.components[${i}]`);
        return {
          weight: checkNumber(co['weight'], `${field}.components[${i}].weight`, nn),
          dist: checkDistribution(co['dist'], `${field}.components[${i}].dist`, depth + 1),
        };
      });
      if (comps.every((c) => c.weight === 0))
        throw new ConfigError(`${field}.components`, 'at least one weight must be > 0');
      return { kind, components: comps };
    }
    case 'empirical': {
      const values = checkArray(o['values'], `${field}.values`, 1).map((v, i) =>
        checkNumber(v, `${field}.values[${i}]`, nn),
      );
      if (o['weights'] === undefined) return { kind, values };
      const weights = checkArray(o['weights'], `${field}.weights`).map((v, i) =>
        checkNumber(v, `${field}.weights[${i}]`, nn),
      );
      if (weights.length !== values.length)
        throw new ConfigError(
          `${field}.weights`,
          `must have ${values.length} entries, like values`,
        );
      if (weights.every((w) => w === 0))
        throw new ConfigError(`${field}.weights`, 'at least one weight must be > 0');
      return { kind, values, weights };
    }
  }
}

/** Cumulative weights normalised to end at exactly 1, for inverse-CDF picks. */
function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf = new Float64Array(weights.length);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    cdf[i] = acc;
  }
  cdf[weights.length - 1] = 1;
  return cdf;
}

/** Index i with u < cdf[i] (binary search). */
function pick(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (u < cdf[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Standard normal draws by the Box–Muller transform (both values used). */
function normalSource(rng: Rng): Sampler {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(rng.nextOpen()));
    const theta = 2 * Math.PI * rng.next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/** Build a sampler for `spec` drawing from `rng` (validates the spec first, once). */
export function sampler(
  spec: DistributionSpec | number,
  rng: Rng,
  field = 'distribution',
): Sampler {
  return build(checkDistribution(spec, field), rng);
}

/** A sampler for a validated spec (its parts are not checked again: linear, not quadratic). */
function build(d: DistributionSpec, rng: Rng): Sampler {
  switch (d.kind) {
    case 'constant': {
      const v = d.value;
      return () => v;
    }
    case 'uniform': {
      const { min } = d;
      const w = d.max - d.min;
      return () => min + w * rng.next();
    }
    case 'exponential': {
      const m = d.mean;
      return () => -m * Math.log(rng.nextOpen());
    }
    case 'normal': {
      const z = normalSource(rng);
      const { mean, stddev } = d;
      return () => Math.max(0, mean + stddev * z());
    }
    case 'lognormal': {
      const z = normalSource(rng);
      const { median, sigma } = d;
      return () => median * Math.exp(sigma * z());
    }
    case 'pareto': {
      const { scale } = d;
      const inv = 1 / d.shape;
      return () => scale / Math.pow(rng.nextOpen(), inv);
    }
    case 'bimodal': {
      const lo = build(d.low, rng);
      const hi = build(d.high, rng);
      const p = d.pHigh;
      return () => (rng.next() < p ? hi() : lo());
    }
    case 'mixture': {
      const parts = d.components.map((c) => build(c.dist, rng));
      const cdf = cumulative(d.components.map((c) => c.weight));
      return () => parts[pick(cdf, rng.next())]!();
    }
    case 'empirical': {
      const values = Float64Array.from(d.values);
      if (!d.weights) return () => values[rng.int(values.length)]!;
      const cdf = cumulative(d.weights);
      return () => values[pick(cdf, rng.next())]!;
    }
  }
}

/** The mean of a distribution (analytic; Infinity for a Pareto with shape <= 1). */
export function distributionMean(spec: DistributionSpec | number): number {
  return meanOf(checkDistribution(spec, 'distribution'));
}

/** The mean of a validated spec. */
function meanOf(d: DistributionSpec): number {
  switch (d.kind) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
      return d.mean;
    case 'normal':
      // Truncation at 0 is ignored: exact when mean >> stddev, as service times are.
      return d.mean;
    case 'lognormal':
      return d.median * Math.exp((d.sigma * d.sigma) / 2);
    case 'pareto':
      return d.shape <= 1 ? Infinity : (d.shape * d.scale) / (d.shape - 1);
    case 'bimodal':
      return d.pHigh * meanOf(d.high) + (1 - d.pHigh) * meanOf(d.low);
    case 'mixture': {
      const total = d.components.reduce((a, c) => a + c.weight, 0);
      return d.components.reduce((a, c) => a + (c.weight / total) * meanOf(c.dist), 0);
    }
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return d.values.reduce((a, v, i) => a + (v * w[i]!) / total, 0);
    }
  }
}
