/**
 * The chapter's fleet: identical servers behind a round-robin load balancer receiving a new
 * version while traffic flows. Shared by the simulation, the exercises' checks and the claims test.
 */
import type { RolloutResult, RolloutSpec, Scenario, SimResult } from 'archlab';

/** A fleet and its traffic. */
export interface Fleet {
  /** Servers running the old version (the Deployment's replicas). */
  replicas: number;
  /** Arrivals per second (Poisson). */
  ratePerSec: number;
  /** Mean CPU time of one request on one server, ms (exponential). */
  serviceMs: number;
  /** Mean wait on the dependency every request calls (no CPU held), ms: keeps requests in flight. */
  apiMs: number;
  /** Fraction of requests that fail whatever the version (a payment provider's errors), 0..1. */
  baselineErrorRate: number;
  /** Simulated time, ms. */
  durationMs: number;
  /** Bucket width of the series, ms. */
  resolutionMs: number;
}

/** The chapter's default fleet: 10 one-core servers at 100 ms a request, 70 % busy. */
export const FLEET: Fleet = {
  replicas: 10,
  ratePerSec: 70,
  serviceMs: 100,
  apiMs: 150,
  baselineErrorRate: 0.002,
  durationMs: 300_000,
  resolutionMs: 5000,
};

/** One server's capacity, requests per second (one core). */
export const serverCapacity = (f: Pick<Fleet, 'serviceMs'>): number => 1000 / f.serviceMs;

/** The scenario: `fleet` and `rollout`. */
export function fleetScenario(fleet: Fleet, rollout: RolloutSpec): Scenario {
  return {
    name: 'rollout',
    durationMs: fleet.durationMs,
    resolutionMs: fleet.resolutionMs,
    traffic: { kind: 'poisson', ratePerSec: fleet.ratePerSec },
    servers: Array.from({ length: fleet.replicas }, (_, i) => ({
      name: `web${i + 1}`,
      cores: 1,
      // A few workers per core, as a small thread pool: I/O waits do not block the core.
      workers: 4,
      blockingIo: false,
      serviceTime: { kind: 'exponential', mean: fleet.serviceMs },
    })),
    // Background errors from a dependency that every version calls: the same on old and new.
    externalApi: {
      latencyMs: { kind: 'exponential', mean: fleet.apiMs },
      errorRate: fleet.baselineErrorRate,
      // Long enough that no call times out: the background errors are exactly errorRate.
      timeoutMs: 60_000,
    },
    rollout,
  };
}

/** The fleet at time `t` (the last timeline point at or before it). */
export function fleetAt(r: RolloutResult, tMs: number): RolloutResult['timeline'][number] {
  let p = r.timeline[0]!;
  for (const q of r.timeline) {
    if (q.tMs > tMs) break;
    p = q;
  }
  return p;
}

/** Requests that failed because of the deploy: all failures minus the background rate's share. */
export function deployFailures(r: SimResult, fleet: Fleet): number {
  const finished = r.summary.completed + r.summary.failed + r.summary.dropped;
  return Math.max(0, r.summary.failed + r.summary.dropped - finished * fleet.baselineErrorRate);
}

/**
 * Share of a 30-day error budget spent by `failed` requests at `ratePerSec`, for an SLO of
 * `objective` (SRE workbook, "Alerting on SLOs": budget = (1 − objective) × requests in 30 days).
 */
export function budgetSpent(failed: number, ratePerSec: number, objective = 0.999): number {
  const monthRequests = ratePerSec * 30 * 24 * 3600;
  return failed / ((1 - objective) * monthRequests);
}
