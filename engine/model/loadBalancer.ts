import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import { checkKeys, checkObject, optNumber } from '../core/errors.ts';
import type { Request } from './request.ts';
import type { Server, ServerView } from './server.ts';
import {
  strategies,
  type StrategyFn,
  type StrategyName,
  type StrategyState,
} from './strategies.ts';

/** Active health checks, as JSON data (like an AWS target group's). */
export interface HealthCheckSpec {
  /** Time between probes of each server, ms (default 1000). */
  intervalMs?: number;
  /** Consecutive failed probes before a server is taken out (default 2). */
  unhealthyThreshold?: number;
  /** Consecutive good probes before it is put back (default 2). */
  healthyThreshold?: number;
}

/** Health checks with defaults filled in. */
export type HealthCheckConfig = Required<HealthCheckSpec>;

/** Validate health checks; throws `ConfigError` naming the field. */
export function checkHealthCheck(value: unknown, field: string): HealthCheckConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, ['intervalMs', 'unhealthyThreshold', 'healthyThreshold']);
  const count = { min: 1, max: 100, integer: true };
  return {
    intervalMs: optNumber(o['intervalMs'], `${field}.intervalMs`, 1000, { above: 0 }),
    unhealthyThreshold: optNumber(o['unhealthyThreshold'], `${field}.unhealthyThreshold`, 2, count),
    healthyThreshold: optNumber(o['healthyThreshold'], `${field}.healthyThreshold`, 2, count),
  };
}

/** A health change seen by the load balancer. */
export interface HealthEvent {
  tMs: number;
  server: string;
  healthy: boolean;
}

const PROBE = 0;

/**
 * Routes each request to one eligible server with a strategy function. With health checks it
 * probes every server each interval and takes servers out (and back) after consecutive results;
 * without them it keeps sending to a dead server — and its requests fail.
 */
export class LoadBalancer implements EventHandler {
  /** Servers the strategy may pick (healthy ones), in scenario order. */
  private eligible: Server[];
  private readonly servers: readonly Server[];
  private readonly strategy: StrategyFn;
  private readonly strategyName: string;
  private readonly health: HealthCheckConfig | undefined;
  private readonly healthy: boolean[];
  private readonly streak: number[];
  private readonly sim: Simulation | undefined;
  private readonly target: number;
  private readonly stopMs: number;
  /** Health changes, in time order. */
  readonly healthEvents: HealthEvent[] = [];
  /** State handed to the strategy on every call. */
  readonly state: StrategyState;

  constructor(
    servers: readonly Server[],
    strategy: StrategyName | StrategyFn,
    rng: Rng,
    sim?: Simulation,
    health?: HealthCheckConfig,
    stopMs = Infinity,
  ) {
    this.servers = servers;
    this.eligible = servers.filter((s) => s.inService);
    this.strategy = typeof strategy === 'function' ? strategy : strategies[strategy];
    this.strategyName = typeof strategy === 'function' ? strategy.name || 'custom' : strategy;
    this.state = { now: 0, random: () => rng.next(), vars: {}, data: {} };
    this.health = health;
    this.healthy = servers.map(() => true);
    this.streak = servers.map(() => 0);
    this.sim = sim;
    this.stopMs = stopMs;
    this.target = sim ? sim.register(this) : -1;
    if (sim && health) sim.schedule(health.intervalMs, this.target, PROBE);
    for (const s of servers) s.onServiceChange = () => this.refresh();
  }

  /** Recompute the eligible servers: in service (provisioned, booted) and, with health checks, healthy. */
  refresh(): void {
    this.eligible = this.servers.filter((s, i) => this.healthy[i] && s.inService);
  }

  /** Servers currently eligible. */
  get eligibleServers(): readonly ServerView[] {
    return this.eligible;
  }

  /** Pick a server for `req`, or undefined when none is eligible. */
  route(req: Request, now: number): Server | undefined {
    const list = this.eligible;
    if (list.length === 0) return undefined;
    (this.state as { now: number }).now = now;
    const choice = this.strategy(list, req, this.state);
    if (typeof choice === 'number') {
      const s = list[choice];
      if (!Number.isInteger(choice) || s === undefined) {
        throw new Error(
          `strategy '${this.strategyName}' returned ${choice}; expected an index 0..${list.length - 1} or one of the servers`,
        );
      }
      return s;
    }
    const s = this.servers[(choice as ServerView | undefined)?.index ?? -1];
    if (s === undefined || s !== choice) {
      throw new Error(
        `strategy '${this.strategyName}' returned ${choice === undefined ? 'undefined' : 'an object that is not one of its servers'}; expected one of the servers it was given or its index`,
      );
    }
    return s;
  }

  /** Health probes. */
  onEvent(kind: number): void {
    if (kind !== PROBE || !this.sim || !this.health) return;
    const now = this.sim.now;
    const h = this.health;
    let changed = false;
    for (let i = 0; i < this.servers.length; i++) {
      const ok = this.servers[i]!.up;
      const wasHealthy = this.healthy[i]!;
      // streak counts consecutive probes that disagree with the current verdict.
      this.streak[i] = ok === wasHealthy ? 0 : this.streak[i]! + 1;
      const needed = wasHealthy ? h.unhealthyThreshold : h.healthyThreshold;
      if (this.streak[i]! >= needed) {
        this.healthy[i] = !wasHealthy;
        this.streak[i] = 0;
        changed = true;
        this.healthEvents.push({ tMs: now, server: this.servers[i]!.name, healthy: !wasHealthy });
      }
    }
    if (changed) this.refresh();
    const next = now + h.intervalMs;
    if (next < this.stopMs) this.sim.schedule(next, this.target, PROBE);
  }
}
