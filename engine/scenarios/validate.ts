import type { DistributionSpec } from '../core/distributions.ts';
import { checkDistribution } from '../core/distributions.ts';
import {
  ConfigError,
  checkArray,
  checkNumber,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';
import type { ServerSpec } from '../model/server.ts';
import { strategyNames, type StrategyFn, type StrategyName } from '../model/strategies.ts';
import { checkTraffic, type TrafficConfig } from '../model/traffic.ts';

/** A server with every default filled in. */
export type ServerConfig = Required<Omit<ServerSpec, 'serviceTime'>> & {
  serviceTime: DistributionSpec;
};

/** A validated scenario with defaults filled in. */
export interface ScenarioConfig {
  name: string;
  durationMs: number;
  warmupMs: number;
  resolutionMs: number;
  traffic: TrafficConfig;
  servers: ServerConfig[];
  loadBalancer: { strategy: StrategyName | StrategyFn };
}

/** Most buckets a series may have (keeps results small enough to chart and send). */
export const MAX_BUCKETS = 100_000;

/** A round bucket width (1, 2 or 5 × 10^k ms) giving 100–200 buckets for `durationMs`. */
export function defaultResolution(durationMs: number): number {
  const target = durationMs / 200;
  const p = 10 ** Math.floor(Math.log10(Math.max(target, 1e-3)));
  for (const m of [1, 2, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}

/** Validate a scenario and fill defaults; throws `ConfigError` naming the field and the allowed range. */
export function checkScenario(value: unknown): ScenarioConfig {
  const o = checkObject(value, 'scenario');
  const durationMs = checkNumber(o['durationMs'], 'durationMs', { above: 0, max: 1e12 });
  const warmupMs = optNumber(o['warmupMs'], 'warmupMs', 0, { min: 0, max: durationMs });
  const resolutionMs = optNumber(o['resolutionMs'], 'resolutionMs', defaultResolution(durationMs), {
    min: durationMs / MAX_BUCKETS,
  });
  if (resolutionMs <= 0) throw new ConfigError('resolutionMs', 'must be > 0');
  const traffic = checkTraffic(o['traffic'], durationMs);
  const servers = checkArray(o['servers'], 'servers', 1).map((s, i) => checkServer(s, i));
  const names = new Set<string>();
  for (const [i, s] of servers.entries()) {
    if (names.has(s.name))
      throw new ConfigError(`servers[${i}].name`, `duplicate name '${s.name}'`);
    names.add(s.name);
  }
  let strategy: StrategyName | StrategyFn = 'round-robin';
  if (o['loadBalancer'] !== undefined) {
    const lb = checkObject(o['loadBalancer'], 'loadBalancer');
    const st = lb['strategy'];
    if (typeof st === 'function') strategy = st as StrategyFn;
    else if (st !== undefined) strategy = checkOneOf(st, 'loadBalancer.strategy', strategyNames);
  }
  const name = typeof o['name'] === 'string' ? o['name'] : 'scenario';
  return { name, durationMs, warmupMs, resolutionMs, traffic, servers, loadBalancer: { strategy } };
}

/** Validate one server; `index` names it in errors. */
export function checkServer(value: unknown, index: number): ServerConfig {
  const f = `servers[${index}]`;
  const o = checkObject(value, f);
  const cores = optNumber(o['cores'], `${f}.cores`, 1, { min: 1, max: 1024, integer: true });
  const speed = optNumber(o['speed'], `${f}.speed`, 1, { above: 0, max: 1000 });
  const name = o['name'] ?? `s${index}`;
  if (typeof name !== 'string' || name === '')
    throw new ConfigError(`${f}.name`, 'must be a non-empty string');
  return {
    name,
    cores,
    speed,
    serviceTime: checkDistribution(o['serviceTime'], `${f}.serviceTime`),
    queueCapacity: optNumber(o['queueCapacity'], `${f}.queueCapacity`, Infinity, {
      min: 0,
      integer: true,
      infinite: true,
    }),
    weight: optNumber(o['weight'], `${f}.weight`, cores * speed, { min: 0, max: 1e6 }),
  };
}
