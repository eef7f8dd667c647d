/**
 * The chapter's group of unequal servers, shared by its simulation and its exercises' checks so
 * the prose, the charts and the grading all describe the same four machines.
 */
import {
  simulate,
  type HealthCheckSpec,
  type Scenario,
  type ServerSpec,
  type SimResult,
  type StrategyFn,
  type StrategyName,
} from 'archlab';

/** Two old servers, one twice as fast and one four times as fast (speed multiplies every core). */
export const UNEQUAL_FLEET = [
  { name: 'old-1', speed: 1 },
  { name: 'old-2', speed: 1 },
  { name: 'mid', speed: 2 },
  { name: 'big', speed: 4 },
] as const;

export type FleetMember = (typeof UNEQUAL_FLEET)[number];

/** Requests per second `fleet` answers at 100 % when one request needs `serviceMs` on a 1× core. */
export function fleetCapacity(serviceMs: number, fleet: readonly FleetMember[] = UNEQUAL_FLEET) {
  return fleet.reduce((sum, s) => sum + (1000 / serviceMs) * s.speed, 0);
}

/** Server specs for `fleet`: exponential service times of mean `serviceMs`, bounded queues. */
export function fleetServers(
  serviceMs: number,
  queueCapacity: number,
  fleet: readonly FleetMember[] = UNEQUAL_FLEET,
  extra: (s: FleetMember) => Partial<ServerSpec> = () => ({}),
): ServerSpec[] {
  return fleet.map((s) => ({
    name: s.name,
    speed: s.speed,
    queueCapacity,
    serviceTime: { kind: 'exponential', mean: serviceMs },
    ...extra(s),
  }));
}

/** One run of traffic through a load balancer in front of the fleet. */
export interface FleetRun {
  strategy: StrategyFn | StrategyName;
  ratePerSec: number;
  durationMs: number;
  warmupMs?: number;
  /** Mean CPU time of one request on a 1× core, ms (default 20). */
  serviceMs?: number;
  /** Requests a server holds waiting before it refuses more (default 200). */
  queueCapacity?: number;
  /** The servers, in the order the balancer lists them (default `UNEQUAL_FLEET`). */
  fleet?: readonly FleetMember[];
  /** Per-server additions, e.g. a crash. */
  extra?: (s: FleetMember) => Partial<ServerSpec>;
  healthCheck?: HealthCheckSpec;
  clients?: number;
  name?: string;
}

/** The scenario of a `FleetRun`: Poisson traffic, one-second buckets. */
export function fleetScenario(run: FleetRun): Scenario {
  const { strategy, ratePerSec, serviceMs = 20, queueCapacity = 200 } = run;
  return {
    ...(run.name === undefined ? {} : { name: run.name }),
    durationMs: run.durationMs,
    ...(run.warmupMs === undefined ? {} : { warmupMs: run.warmupMs }),
    resolutionMs: 1000,
    traffic: {
      kind: 'poisson',
      ratePerSec,
      ...(run.clients === undefined ? {} : { clients: run.clients }),
    },
    servers: fleetServers(serviceMs, queueCapacity, run.fleet, run.extra),
    loadBalancer: {
      strategy,
      ...(run.healthCheck === undefined ? {} : { healthCheck: run.healthCheck }),
    },
  };
}

/**
 * The same run for each strategy, simulated once per strategy and kept: an exercise's checks
 * compare the learner's strategy with the built-in ones without simulating either twice.
 */
export function runsByStrategy(
  run: Omit<FleetRun, 'strategy'>,
  seed: number,
): (strategy: StrategyFn | StrategyName) => SimResult {
  const memo = new Map<StrategyFn | StrategyName, SimResult>();
  return (strategy) => {
    let result = memo.get(strategy);
    if (!result)
      memo.set(strategy, (result = simulate(fleetScenario({ ...run, strategy }), { seed })));
    return result;
  };
}
