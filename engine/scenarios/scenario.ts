import type { ServerSpec } from '../model/server.ts';
import type { TrafficSpec } from '../model/traffic.ts';
import type { StrategyFn, StrategyName } from '../model/strategies.ts';
import type { HealthCheckSpec } from '../model/loadBalancer.ts';
import type { LinkSpec } from '../model/network.ts';
import type { DatabaseSpec } from '../model/database.ts';
import type { ScenarioCacheSpec } from '../model/cache.ts';
import type { ExternalApiSpec } from '../model/externalApi.ts';
import type { LogSpec } from '../model/logSink.ts';
import type { AlertRuleSpec } from '../observe/alerts.ts';
import type { AutoscalerSpec } from '../model/autoscaler.ts';
import type { RolloutSpec } from '../model/rollout.ts';

/** Load balancer in front of the servers. */
export interface LoadBalancerSpec {
  /** A built-in strategy name, or a function (a learner's). Default 'round-robin'. */
  strategy?: StrategyName | StrategyFn;
  /** Active health checks; without them a dead server keeps receiving requests. */
  healthCheck?: HealthCheckSpec;
}

/** The network between clients and the load balancer. */
export interface NetworkSpec {
  /** Client → system and system → client paths (same parameters, separate directions). */
  client?: LinkSpec;
  /** Bytes of one request (default 500). */
  requestBytes?: number;
}

/**
 * A whole simulation as JSON data: topology, parameters, failure schedule (inside each component:
 * `servers[i].crashes`, `network.client.partitions`, `externalApi.outages`) and workload. Slots
 * that take code (`loadBalancer.strategy`, `externalApi.retry`, `autoscaler.policy`, a 'function'
 * alert) accept either built-in data or a function.
 */
export interface Scenario {
  /** Optional label, echoed in the result. */
  name?: string;
  /** Default seed for tools such as the CLI; `simulate` always uses `options.seed`. */
  seed?: number;
  /** Free text for whoever reads the file (ignored by the engine). */
  description?: string;
  /** Simulated time to run, ms. Arrivals stop here; requests still in flight are not counted. */
  durationMs: number;
  /** Summary statistics ignore this initial period (the empty-system transient), ms. Default 0. */
  warmupMs?: number;
  /** Width of one time-series bucket (= the metrics scrape and alert evaluation interval), ms. */
  resolutionMs?: number;
  /** Where requests come from. */
  traffic: TrafficSpec;
  /** The servers; one needs no load balancer. */
  servers: ServerSpec[];
  /** How requests are spread over several servers (default round robin, no health checks). */
  loadBalancer?: LoadBalancerSpec;
  /** Client network (default: instant, lossless). */
  network?: NetworkSpec;
  /** Persistent storage the servers query. */
  database?: DatabaseSpec;
  /** An application cache in front of the database (cache-aside); needs `database`. */
  cache?: ScenarioCacheSpec;
  /** A third-party API the servers call (e.g. payments). */
  externalApi?: ExternalApiSpec;
  /** Where logs go (default: no logging). */
  logs?: LogSpec;
  /** Alert rules evaluated at every bucket. */
  alerts?: AlertRuleSpec[];
  /** Horizontal autoscaling: spares copy `servers[0]` and are named `auto1`, `auto2`, … */
  autoscaler?: AutoscalerSpec;
  /**
   * Deploy a new version to the servers while traffic flows (rolling, blue-green or canary):
   * replacements copy each server and are named `<name>-v2`. Not combined with `autoscaler`.
   */
  rollout?: RolloutSpec;
}

/** Options of a run that are not part of the scenario. */
export interface SimulateOptions {
  /** Seed of every random draw: same scenario + seed → identical result. */
  seed: number;
  /** Keep per-request traces: true for up to 10 000, or a maximum count (default off; at most `limits.MAX_TRACES`). */
  trace?: boolean | number;
  /**
   * Stop the run early (reason 'event-limit') after this many events: a caller's tighter budget,
   * e.g. a live view that must answer quickly. Default and maximum `limits.MAX_EVENTS`.
   */
  maxEvents?: number;
}
