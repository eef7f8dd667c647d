import { checkDistribution } from '../core/distributions.ts';
import { checkShape } from '../core/shape.ts';
import { checkSpec, type FieldGetter, type SpecTable } from '../core/spec.ts';
import {
  ConfigError,
  checkArray,
  checkNumber,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';
import { checkDatabase, type DatabaseConfig } from '../model/database.ts';
import { checkScenarioCache, type ScenarioCacheConfig } from '../model/cache.ts';
import { checkExternalApi, type ExternalApiConfig } from '../model/externalApi.ts';
import { checkHealthCheck, type HealthCheckConfig } from '../model/loadBalancer.ts';
import { checkLogs, type LogConfig } from '../model/logSink.ts';
import { machineSize, type MachineSize } from '../model/machines.ts';
import { checkLink, type LinkConfig } from '../model/network.ts';
import type { ServerConfig, ServerSpec } from '../model/server.ts';
import type { LoadBalancerSpec, NetworkSpec, Scenario } from './scenario.ts';
import { strategyNames, type StrategyFn, type StrategyName } from '../model/strategies.ts';
import { checkTraffic, type TrafficConfig } from '../model/traffic.ts';
import { checkAlerts, type AlertRuleSpec } from '../observe/alerts.ts';
import { checkAutoscaler, type AutoscalerConfig } from '../model/autoscaler.ts';
import { checkRollout, type RolloutConfig } from '../model/rollout.ts';

export type { ServerConfig } from '../model/server.ts';

/** A validated scenario with defaults filled in. */
export interface ScenarioConfig {
  name: string;
  /** The file's default seed (tools use it when given no seed), or null. */
  seed: number | null;
  /** Free text for the reader of the file. */
  description: string;
  durationMs: number;
  warmupMs: number;
  resolutionMs: number;
  traffic: TrafficConfig;
  servers: ServerConfig[];
  loadBalancer: LoadBalancerConfig;
  network: NetworkConfig;
  database: DatabaseConfig | null;
  /** Application cache in front of the database, when configured. */
  cache: ScenarioCacheConfig | null;
  externalApi: ExternalApiConfig | null;
  logs: LogConfig | null;
  alerts: AlertRuleSpec[];
  autoscaler: AutoscalerConfig | null;
  rollout: RolloutConfig | null;
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

/** The load balancer with defaults filled in. */
export interface LoadBalancerConfig {
  strategy: StrategyName | StrategyFn;
  healthCheck: HealthCheckConfig | null;
}

/** The client network with defaults filled in. */
export interface NetworkConfig {
  client: LinkConfig | null;
  requestBytes: number;
}

/** An optional sub-spec: null when absent, else checked by `check`. */
function optional<T>(check: (value: unknown, at: string) => T) {
  return (value: unknown, at: string): T | null => (value === undefined ? null : check(value, at));
}

const loadBalancerTable: SpecTable<LoadBalancerSpec, LoadBalancerConfig> = {
  strategy: (v, at) =>
    typeof v === 'function'
      ? (v as StrategyFn)
      : v === undefined
        ? 'round-robin'
        : checkOneOf(v, at, strategyNames),
  healthCheck: optional(checkHealthCheck),
};

const networkTable: SpecTable<NetworkSpec, NetworkConfig> = {
  client: optional(checkLink),
  requestBytes: (v, at) => optNumber(v, at, 500, { min: 0 }),
};

/** The scenario's fields in the order they are checked (later defaults read earlier fields). */
const scenarioTable: SpecTable<Scenario, ScenarioConfig> = {
  durationMs: (v, at) => checkNumber(v, at, { above: 0, max: 1e12 }),
  warmupMs: (v, at, get) => optNumber(v, at, 0, { min: 0, max: get('durationMs') }),
  resolutionMs: (v, at, get) => {
    const durationMs = get('durationMs');
    return optNumber(v, at, defaultResolution(durationMs), {
      min: durationMs / MAX_BUCKETS,
      above: 0,
    });
  },
  traffic: (v, at, get) => checkTraffic(v, get('durationMs'), at),
  servers: (v, at) => {
    const servers = checkArray(v, at, 1).map((s, i) => checkServer(s, i));
    const names = new Set<string>();
    for (const [i, s] of servers.entries()) {
      if (names.has(s.name))
        throw new ConfigError(`${at}[${i}].name`, `duplicate name '${s.name}'`);
      names.add(s.name);
    }
    return servers;
  },
  loadBalancer: (v, at) => checkSpec(v === undefined ? {} : v, at, loadBalancerTable, undefined),
  network: (v, at) => checkSpec(v === undefined ? {} : v, at, networkTable, undefined),
  seed: (v, at) => (v === undefined ? null : checkNumber(v, at, { integer: true })),
  name: (v, at) => {
    if (v !== undefined && typeof v !== 'string') throw new ConfigError(at, 'must be a string');
    return v ?? 'scenario';
  },
  description: (v, at) => {
    if (v !== undefined && typeof v !== 'string') throw new ConfigError(at, 'must be a string');
    return v ?? '';
  },
  database: optional(checkDatabase),
  externalApi: optional(checkExternalApi),
  logs: optional(checkLogs),
  alerts: (v, at) => (v === undefined ? [] : checkAlerts(v, at)),
  autoscaler: (v, at, get) =>
    v === undefined ? null : checkAutoscaler(v, get('servers').length, at),
  rollout: (v, at, get) => {
    if (v === undefined) return null;
    // Both add servers to the fleet: the rollout's replacements would be taken for spares.
    if (get('autoscaler') !== null)
      throw new ConfigError(at, 'cannot be combined with autoscaler (both add servers)');
    return checkRollout(v, get('servers').length, at);
  },
  cache: (v, at, get) =>
    v === undefined ? null : checkScenarioCache(v, get('database') !== null, at),
};

/** Fields of a scenario, in the order they are checked. */
export const scenarioFields = Object.keys(scenarioTable) as (keyof Scenario)[];

/** Validate a scenario and fill defaults; throws `ConfigError` naming the field and the allowed range. */
export function checkScenario(value: unknown): ScenarioConfig {
  // Size first, iteratively: nothing below recurses into (or quotes) a value too deep or too big.
  checkShape(value);
  return checkSpec(value, '', scenarioTable, undefined);
}

/** An optional boolean; throws `ConfigError` for anything else. */
function checkBoolean(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ConfigError(field, 'must be true or false');
  return value;
}

/** Where a server's defaults come from. */
interface ServerContext {
  index: number;
}

/** The catalogue size named by the server's `size` field, if any. */
function sizeOf(get: FieldGetter<ServerConfig>): MachineSize | null {
  const name = get('size');
  return name === null ? null : machineSize(name);
}

/** A server's fields in the order they are checked; a catalogue `size` supplies cores, memory, speed, price. */
const serverTable: SpecTable<ServerSpec, ServerConfig, ServerContext> = {
  name: (v, at, _get, ctx) => {
    const name = v ?? `s${ctx.index}`;
    if (typeof name !== 'string' || name === '' || name.includes('.'))
      throw new ConfigError(at, 'must be a non-empty string without dots');
    return name;
  },
  size: (v, at) => {
    if (v === undefined) return null;
    if (typeof v !== 'string') throw new ConfigError(at, 'must be a catalogue size name');
    return machineSize(v, at).name;
  },
  cores: (v, at, get) =>
    optNumber(v, at, sizeOf(get)?.cores ?? 1, { min: 1, max: 1024, integer: true }),
  // One worker per core keeps the engine's older results (where a core was also the concurrency limit).
  workers: (v, at, get) => optNumber(v, at, get('cores'), { min: 1, max: 100_000, integer: true }),
  speed: (v, at, get) => optNumber(v, at, sizeOf(get)?.speed ?? 1, { above: 0, max: 1000 }),
  crashes: (v, at) =>
    v === undefined
      ? []
      : checkArray(v, at).map((c, i) => {
          const co = checkObject(c, `${at}[${i}]`);
          return {
            atMs: checkNumber(co['atMs'], `${at}[${i}].atMs`, { min: 0 }),
            downMs: checkNumber(co['downMs'], `${at}[${i}].downMs`, { min: 0 }),
          };
        }),
  serviceTime: (v, at) => checkDistribution(v, at),
  queueCapacity: (v, at) => optNumber(v, at, Infinity, { min: 0, integer: true, infinite: true }),
  weight: (v, at, get) => optNumber(v, at, get('cores') * get('speed'), { min: 0, max: 1e6 }),
  memoryMb: (v, at, get) =>
    optNumber(v, at, sizeOf(get)?.memoryMb ?? Infinity, { above: 0, infinite: true }),
  baseMemoryMb: (v, at) => optNumber(v, at, 0, { min: 0 }),
  memoryPerRequestMb: (v, at) => optNumber(v, at, 0, { min: 0 }),
  // 'slowdown' is the old name of 'swap'.
  onMemoryExhausted: (v, at) =>
    v === undefined || checkOneOf(v, at, ['swap', 'slowdown', 'crash'] as const) !== 'crash'
      ? 'swap'
      : 'crash',
  majorFaultsPerRequest: (v, at) => optNumber(v, at, 20, { min: 0, max: 10_000 }),
  pageInMs: (v, at) => optNumber(v, at, 1, { min: 0, max: 1000 }),
  restartMs: (v, at) => optNumber(v, at, 30_000, { min: 0 }),
  mtbfMs: (v, at) => optNumber(v, at, Infinity, { above: 0, infinite: true }),
  pricePerHour: (v, at, get) => optNumber(v, at, sizeOf(get)?.pricePerHour ?? 0, { min: 0 }),
  blockingIo: (v, at) => checkBoolean(v, at, true),
};

/** Validate one server and fill defaults (a catalogue `size` supplies cores, memory, speed, price). */
export function checkServer(value: unknown, index: number): ServerConfig {
  const f = `servers[${index}]`;
  const o = checkObject(value, f);
  if (o['swapSlowdown'] !== undefined)
    throw new ConfigError(
      `${f}.swapSlowdown`,
      'was removed: a server out of memory now pages (waits on its swap disk, holding a worker but no core); set majorFaultsPerRequest (0–10000) and pageInMs (0–1000) instead',
    );
  return checkSpec(o, f, serverTable, { index });
}
