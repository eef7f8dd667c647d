import { checkDistribution } from '../core/distributions.ts';
import {
  ConfigError,
  checkArray,
  checkNumber,
  checkKeys,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';
import { checkDatabase, type DatabaseConfig } from '../model/database.ts';
import { checkExternalApi, type ExternalApiConfig } from '../model/externalApi.ts';
import { checkHealthCheck, type HealthCheckConfig } from '../model/loadBalancer.ts';
import { checkLogs, type LogConfig } from '../model/logSink.ts';
import { machineSize } from '../model/machines.ts';
import { checkLink, type LinkConfig } from '../model/network.ts';
import type { ServerConfig } from '../model/server.ts';
import { strategyNames, type StrategyFn, type StrategyName } from '../model/strategies.ts';
import { checkTraffic, type TrafficConfig } from '../model/traffic.ts';
import { checkAlerts, type AlertRuleSpec } from '../observe/alerts.ts';
import { checkAutoscaler, type AutoscalerConfig } from '../model/autoscaler.ts';
import { checkRollout, type RolloutConfig } from '../model/rollout.ts';

export type { ServerConfig } from '../model/server.ts';

/** A validated scenario with defaults filled in. */
export interface ScenarioConfig {
  name: string;
  durationMs: number;
  warmupMs: number;
  resolutionMs: number;
  traffic: TrafficConfig;
  servers: ServerConfig[];
  loadBalancer: { strategy: StrategyName | StrategyFn; healthCheck: HealthCheckConfig | null };
  network: { client: LinkConfig | null; requestBytes: number };
  database: DatabaseConfig | null;
  externalApi: ExternalApiConfig | null;
  logs: LogConfig | null;
  alerts: AlertRuleSpec[];
  autoscaler: AutoscalerConfig | null;
  rollout: RolloutConfig | null;
}

/** Most buckets a series may have (keeps results small enough to chart and send). */
export const MAX_BUCKETS = 100_000;

const topLevelFields = [
  'name',
  'seed',
  'description',
  'durationMs',
  'warmupMs',
  'resolutionMs',
  'traffic',
  'servers',
  'loadBalancer',
  'network',
  'database',
  'externalApi',
  'logs',
  'alerts',
  'autoscaler',
  'rollout',
];

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
  for (const key of Object.keys(o)) {
    if (!topLevelFields.includes(key))
      throw new ConfigError(key, `unknown field; expected one of ${topLevelFields.join(', ')}`);
  }
  const durationMs = checkNumber(o['durationMs'], 'durationMs', { above: 0, max: 1e12 });
  const warmupMs = optNumber(o['warmupMs'], 'warmupMs', 0, { min: 0, max: durationMs });
  const resolutionMs = optNumber(o['resolutionMs'], 'resolutionMs', defaultResolution(durationMs), {
    min: durationMs / MAX_BUCKETS,
    above: 0,
  });
  const traffic = checkTraffic(o['traffic'], durationMs);
  const servers = checkArray(o['servers'], 'servers', 1).map((s, i) => checkServer(s, i));
  const names = new Set<string>();
  for (const [i, s] of servers.entries()) {
    if (names.has(s.name))
      throw new ConfigError(`servers[${i}].name`, `duplicate name '${s.name}'`);
    names.add(s.name);
  }
  let strategy: StrategyName | StrategyFn = 'round-robin';
  let healthCheck: HealthCheckConfig | null = null;
  if (o['loadBalancer'] !== undefined) {
    const lb = checkObject(o['loadBalancer'], 'loadBalancer');
    checkKeys(lb, 'loadBalancer', ['strategy', 'healthCheck']);
    const st = lb['strategy'];
    if (typeof st === 'function') strategy = st as StrategyFn;
    else if (st !== undefined) strategy = checkOneOf(st, 'loadBalancer.strategy', strategyNames);
    if (lb['healthCheck'] !== undefined)
      healthCheck = checkHealthCheck(lb['healthCheck'], 'loadBalancer.healthCheck');
  }
  let client: LinkConfig | null = null;
  let requestBytes = 500;
  if (o['network'] !== undefined) {
    const n = checkObject(o['network'], 'network');
    checkKeys(n, 'network', ['client', 'requestBytes']);
    if (n['client'] !== undefined) client = checkLink(n['client'], 'network.client');
    requestBytes = optNumber(n['requestBytes'], 'network.requestBytes', 500, { min: 0 });
  }
  if (o['seed'] !== undefined) checkNumber(o['seed'], 'seed', { integer: true });
  const name = o['name'] ?? 'scenario';
  if (typeof name !== 'string') throw new ConfigError('name', 'must be a string');
  return {
    name,
    durationMs,
    warmupMs,
    resolutionMs,
    traffic,
    servers,
    loadBalancer: { strategy, healthCheck },
    network: { client, requestBytes },
    database: o['database'] === undefined ? null : checkDatabase(o['database'], 'database'),
    externalApi:
      o['externalApi'] === undefined ? null : checkExternalApi(o['externalApi'], 'externalApi'),
    logs: o['logs'] === undefined ? null : checkLogs(o['logs'], 'logs'),
    alerts: o['alerts'] === undefined ? [] : checkAlerts(o['alerts'], 'alerts'),
    autoscaler:
      o['autoscaler'] === undefined
        ? null
        : checkAutoscaler(o['autoscaler'], servers.length, 'autoscaler'),
    rollout: checkRolloutField(o, servers.length),
  };
}

/** An optional boolean; throws `ConfigError` for anything else. */
function checkBoolean(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ConfigError(field, 'must be true or false');
  return value;
}

const serverKeys = [
  'name',
  'size',
  'cores',
  'workers',
  'speed',
  'serviceTime',
  'queueCapacity',
  'weight',
  'memoryMb',
  'baseMemoryMb',
  'memoryPerRequestMb',
  'onMemoryExhausted',
  'majorFaultsPerRequest',
  'pageInMs',
  'restartMs',
  'mtbfMs',
  'crashes',
  'pricePerHour',
  'blockingIo',
];

/** Validate one server and fill defaults (a catalogue `size` supplies cores, memory, speed, price). */
export function checkServer(value: unknown, index: number): ServerConfig {
  const f = `servers[${index}]`;
  const o = checkObject(value, f);
  if (o['swapSlowdown'] !== undefined)
    throw new ConfigError(
      `${f}.swapSlowdown`,
      'was removed: a server out of memory now pages (waits on its swap disk, holding a worker but no core); set majorFaultsPerRequest (0–10000) and pageInMs (0–1000) instead',
    );
  checkKeys(o, f, serverKeys);
  const rawSize = o['size'];
  if (rawSize !== undefined && typeof rawSize !== 'string')
    throw new ConfigError(`${f}.size`, 'must be a catalogue size name');
  const size = rawSize === undefined ? null : machineSize(rawSize, `${f}.size`);
  const cores = optNumber(o['cores'], `${f}.cores`, size?.cores ?? 1, {
    min: 1,
    max: 1024,
    integer: true,
  });
  // One worker per core keeps the engine's older results (where a core was also the concurrency limit).
  const workers = optNumber(o['workers'], `${f}.workers`, cores, {
    min: 1,
    max: 100_000,
    integer: true,
  });
  const speed = optNumber(o['speed'], `${f}.speed`, size?.speed ?? 1, { above: 0, max: 1000 });
  const name = o['name'] ?? `s${index}`;
  if (typeof name !== 'string' || name === '' || name.includes('.'))
    throw new ConfigError(`${f}.name`, 'must be a non-empty string without dots');
  const crashes =
    o['crashes'] === undefined
      ? []
      : checkArray(o['crashes'], `${f}.crashes`).map((c, i) => {
          const co = checkObject(c, `${f}.crashes[${i}]`);
          return {
            atMs: checkNumber(co['atMs'], `${f}.crashes[${i}].atMs`, { min: 0 }),
            downMs: checkNumber(co['downMs'], `${f}.crashes[${i}].downMs`, { min: 0 }),
          };
        });
  return {
    name,
    size: size?.name ?? null,
    cores,
    workers,
    speed,
    serviceTime: checkDistribution(o['serviceTime'], `${f}.serviceTime`),
    queueCapacity: optNumber(o['queueCapacity'], `${f}.queueCapacity`, Infinity, {
      min: 0,
      integer: true,
      infinite: true,
    }),
    weight: optNumber(o['weight'], `${f}.weight`, cores * speed, { min: 0, max: 1e6 }),
    memoryMb: optNumber(o['memoryMb'], `${f}.memoryMb`, size?.memoryMb ?? Infinity, {
      above: 0,
      infinite: true,
    }),
    baseMemoryMb: optNumber(o['baseMemoryMb'], `${f}.baseMemoryMb`, 0, { min: 0 }),
    memoryPerRequestMb: optNumber(o['memoryPerRequestMb'], `${f}.memoryPerRequestMb`, 0, {
      min: 0,
    }),
    onMemoryExhausted:
      o['onMemoryExhausted'] === undefined ||
      checkOneOf(o['onMemoryExhausted'], `${f}.onMemoryExhausted`, [
        'swap',
        'slowdown',
        'crash',
      ] as const) !== 'crash'
        ? 'swap'
        : 'crash',
    majorFaultsPerRequest: optNumber(o['majorFaultsPerRequest'], `${f}.majorFaultsPerRequest`, 20, {
      min: 0,
      max: 10_000,
    }),
    pageInMs: optNumber(o['pageInMs'], `${f}.pageInMs`, 1, { min: 0, max: 1000 }),
    restartMs: optNumber(o['restartMs'], `${f}.restartMs`, 30_000, { min: 0 }),
    mtbfMs: optNumber(o['mtbfMs'], `${f}.mtbfMs`, Infinity, { above: 0, infinite: true }),
    crashes,
    pricePerHour: optNumber(o['pricePerHour'], `${f}.pricePerHour`, size?.pricePerHour ?? 0, {
      min: 0,
    }),
    blockingIo: checkBoolean(o['blockingIo'], `${f}.blockingIo`, true),
  };
}

/** The optional rollout; it replaces the fixed fleet, so it cannot share it with an autoscaler. */
function checkRolloutField(o: Record<string, unknown>, servers: number): RolloutConfig | null {
  if (o['rollout'] === undefined) return null;
  if (o['autoscaler'] !== undefined)
    throw new ConfigError('rollout', 'cannot be combined with autoscaler (both add servers)');
  return checkRollout(o['rollout'], servers, 'rollout');
}
