import type { ServerSpec } from '../model/server.ts';
import type { TrafficSpec } from '../model/traffic.ts';
import type { StrategyFn, StrategyName } from '../model/strategies.ts';

/** Load balancer in front of the servers. */
export interface LoadBalancerSpec {
  /** A built-in strategy name, or a function (a learner's). Default 'round-robin'. */
  strategy?: StrategyName | StrategyFn;
}

/**
 * A whole simulation as JSON data: topology, parameters and workload. Slots that take code
 * (`loadBalancer.strategy`) accept either a built-in name or a function.
 */
export interface Scenario {
  /** Optional label, echoed in the result. */
  name?: string;
  /** Simulated time to run, ms. Arrivals stop here; requests still in flight are not counted. */
  durationMs: number;
  /** Summary statistics ignore this initial period (the empty-system transient), ms. Default 0. */
  warmupMs?: number;
  /** Width of one time-series bucket, ms. Default: a round value giving 100–200 buckets. */
  resolutionMs?: number;
  /** Where requests come from. */
  traffic: TrafficSpec;
  /** The servers; one needs no load balancer. */
  servers: ServerSpec[];
  /** How requests are spread over several servers (default round robin). */
  loadBalancer?: LoadBalancerSpec;
}

/** Options of a run that are not part of the scenario. */
export interface SimulateOptions {
  /** Seed of every random draw: same scenario + seed → identical result. */
  seed: number;
}
