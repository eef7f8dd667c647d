import type { EventHandler, Simulation } from '../core/simulation.ts';
import { ConfigError, checkKeys, checkObject, checkOneOf, optNumber } from '../core/errors.ts';
import type { AlertQuery } from '../observe/alerts.ts';
import type { Server } from './server.ts';

/** What an autoscaling policy sees at each decision. */
export interface AutoscalerView {
  /** Simulated time now, ms. */
  readonly now: number;
  /** Machines provisioned (billed), booting ones included. */
  readonly servers: number;
  /** Machines in service (booted, not draining). */
  readonly ready: number;
  /** Smallest and largest allowed count. */
  readonly min: number;
  readonly max: number;
  /** Mean CPU utilisation of the machines that were up over the last interval, 0..1. */
  readonly utilisation: number;
  /** Arrivals per second over the last interval. */
  readonly requestsPerSec: number;
  /** p95 latency over the last interval, ms (NaN without completions). */
  readonly latencyP95Ms: number;
  /** Mean total queue length over the last interval. */
  readonly queueLength: number;
  /** Error ratio over the last interval. */
  readonly errorRate: number;
}

/** Scratch space kept between decisions. */
export interface AutoscalerState {
  /** Numeric values kept between calls. */
  vars: Record<string, number>;
}

/** An autoscaling policy: return how many machines you want (clamped to min..max, rounded up). */
export type AutoscalerFn = (view: AutoscalerView, state: AutoscalerState) => number;

/**
 * Target tracking (Kubernetes HPA / AWS style): desired = ⌈ready × utilisation / target⌉, with a
 * 10% tolerance band, and no scale-in while machines are still booting (they would be counted
 * as idle and removed before they ever served).
 */
export function targetTracking(target: number): AutoscalerFn {
  return (v) => {
    if (v.ready === 0 || Number.isNaN(v.utilisation)) return v.servers;
    const ratio = v.utilisation / target;
    if (Math.abs(ratio - 1) <= 0.1) return v.servers;
    const desired = Math.ceil(v.ready * ratio);
    return desired < v.servers && v.ready < v.servers ? v.servers : desired;
  };
}

/** Horizontal autoscaling as JSON data. */
export interface AutoscalerSpec {
  /** 'target-utilisation' (default) or a policy function (a learner's slot). */
  policy?: 'target-utilisation' | AutoscalerFn;
  /** Utilisation to aim for with 'target-utilisation' (default 0.6). */
  targetUtilisation?: number;
  /** Time between decisions, ms (default 10000). */
  intervalMs?: number;
  /** Fewest machines (default: the scenario's server count). */
  min?: number;
  /** Most machines (default 4 × the scenario's server count); spares copy `servers[0]`. */
  max?: number;
  /** Time from provisioning to taking traffic, ms (default 30000). */
  bootMs?: number;
}

/** Autoscaling with defaults filled in. */
export interface AutoscalerConfig {
  policy: AutoscalerFn;
  intervalMs: number;
  min: number;
  max: number;
  bootMs: number;
}

/** Validate autoscaling; `servers` is the scenario's server count. */
export function checkAutoscaler(
  value: unknown,
  servers: number,
  field = 'autoscaler',
): AutoscalerConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, ['policy', 'targetUtilisation', 'intervalMs', 'min', 'max', 'bootMs']);
  const p = o['policy'];
  let policy: AutoscalerFn;
  if (typeof p === 'function') policy = p as AutoscalerFn;
  else {
    if (p !== undefined) checkOneOf(p, `${field}.policy`, ['target-utilisation'] as const);
    policy = targetTracking(
      optNumber(o['targetUtilisation'], `${field}.targetUtilisation`, 0.6, { above: 0, max: 1 }),
    );
  }
  const min = optNumber(o['min'], `${field}.min`, servers, { min: 1, max: 1000, integer: true });
  const max = optNumber(o['max'], `${field}.max`, Math.max(min, 4 * servers), {
    min: Math.max(min, servers),
    max: 1000,
    integer: true,
  });
  if (min > servers)
    throw new ConfigError(`${field}.min`, `must be <= the initial server count ${servers}`);
  return {
    policy,
    intervalMs: optNumber(o['intervalMs'], `${field}.intervalMs`, 10_000, { above: 0 }),
    min,
    max,
    bootMs: optNumber(o['bootMs'], `${field}.bootMs`, 30_000, { min: 0 }),
  };
}

/** One scaling decision that changed the fleet. */
export interface ScalingEvent {
  tMs: number;
  from: number;
  to: number;
}

const DECIDE = 0;

/**
 * Horizontal autoscaler: every interval it asks the policy for a machine count, provisions spares
 * (billed at once, in service after booting) or drains the newest machines.
 */
export class Autoscaler implements EventHandler {
  readonly events: ScalingEvent[] = [];
  private readonly state: AutoscalerState = { vars: {} };
  private readonly target: number;
  private readonly sim: Simulation;
  private readonly servers: readonly Server[];
  private readonly config: AutoscalerConfig;
  private readonly query: () => AlertQuery;
  private readonly stopMs: number;

  constructor(
    sim: Simulation,
    servers: readonly Server[],
    config: AutoscalerConfig,
    query: () => AlertQuery,
    stopMs: number,
  ) {
    this.sim = sim;
    this.servers = servers;
    this.config = config;
    this.query = query;
    this.stopMs = stopMs;
    this.target = sim.register(this);
    sim.schedule(config.intervalMs, this.target, DECIDE);
  }

  /** Decision ticks. */
  onEvent(kind: number): void {
    if (kind !== DECIDE) return;
    const now = this.sim.now;
    const c = this.config;
    const q = this.query();
    const provisioned = this.servers.filter((s) => s.provisioned && !s.draining);
    const view: AutoscalerView = {
      now,
      servers: provisioned.length,
      ready: provisioned.filter((s) => s.booted).length,
      min: c.min,
      max: c.max,
      utilisation: q.over('utilisation', c.intervalMs, 'avg'),
      requestsPerSec: q.over('arrivalsPerSec', c.intervalMs, 'avg'),
      latencyP95Ms: q.over('latencyP95Ms', c.intervalMs, 'max'),
      queueLength: q.over('queueLength', c.intervalMs, 'avg'),
      errorRate: q.errorRatio(c.intervalMs),
    };
    const raw = c.policy(view, this.state);
    // A policy returning nonsense keeps the fleet as it is.
    const want = Number.isFinite(raw)
      ? Math.min(c.max, Math.max(c.min, Math.ceil(raw)))
      : view.servers;
    if (want > view.servers) {
      let add = want - view.servers;
      for (const s of this.servers) {
        if (add === 0) break;
        if (!s.provisioned) {
          s.provision(c.bootMs);
          add--;
        }
      }
    } else if (want < view.servers) {
      let remove = view.servers - want;
      // Newest first: booting machines, then the highest-numbered ones.
      const order = [...provisioned].sort(
        (a, b) => Number(a.booted) - Number(b.booted) || b.index - a.index,
      );
      for (const s of order) {
        if (remove === 0) break;
        s.deprovision();
        remove--;
      }
    }
    if (want !== view.servers) this.events.push({ tMs: now, from: view.servers, to: want });
    const next = now + c.intervalMs;
    if (next < this.stopMs) this.sim.schedule(next, this.target, DECIDE);
  }
}
