/**
 * The capstone's whole system as one engine scenario: clients over a network, a load balancer,
 * servers from the machine catalogue, a database, a payment API, shipped logs, metrics and an
 * alert rule, through a bad day (a traffic spike, and a server failure in the middle of it).
 * Shared by the capstone simulation and its exercise, so both score the same run the same way.
 */
import type {
  AlertRuleSpec,
  BackoffSpec,
  HealthCheckSpec,
  RetryPolicyFn,
  Scenario,
  SimResult,
  StrategyFn,
  StrategyName,
} from 'archlab';

/** The learner's choices, one per chapter of the course. */
export interface Design {
  /** How many servers (horizontal scaling). */
  servers: number;
  /** Machine size of each, from the catalogue (vertical scaling). */
  size: string;
  /** Load-balancing strategy: a built-in name or your own function. */
  strategy: StrategyName | StrategyFn;
  /** Active health checks, or null for none. */
  healthCheck: HealthCheckSpec | null;
  /** What to do when a payment call fails. */
  retry: BackoffSpec | RetryPolicyFn;
  /** The alert rule that pages the on-call developer. */
  alert: AlertRuleSpec;
}

const SEC = 1000;
/** The bad day. */
export const DAY = {
  durationMs: 200 * SEC,
  baseRatePerSec: 50,
  spike: { atMs: 60 * SEC, durationMs: 50 * SEC, multiplier: 3 },
  crash: { atMs: 80 * SEC, downMs: 60 * SEC },
} as const;
/** The outage used to test the alert: the payment provider is down for a minute. */
export const OUTAGE = { atMs: 120 * SEC, durationMs: 60 * SEC };
/** Each server's worker (thread) pool: the concurrency limit, separate from its cores. */
export const WORKERS_PER_SERVER = 32;
/** The service level objective of the challenge. */
export const SLO = { successRatio: 0.995, p95Ms: 250 } as const;

/** The scenario for a design; with `outage`, the payment provider also goes down. */
export function badDayScenario(design: Design, outage = false): Scenario {
  const n = Math.max(1, Math.min(20, Math.floor(design.servers)));
  return {
    name: outage ? 'capstone with a payment outage' : 'capstone',
    durationMs: DAY.durationMs,
    warmupMs: 5 * SEC,
    resolutionMs: 5 * SEC,
    traffic: {
      kind: 'poisson',
      ratePerSec: DAY.baseRatePerSec,
      clients: 2000,
      spikes: [{ ...DAY.spike }],
      requestTypes: [
        { name: 'browse', weight: 75, cost: 1, dbQueries: 1, apiCalls: 0, sizeBytes: 20_000 },
        { name: 'search', weight: 15, cost: 2, dbQueries: 3, apiCalls: 0, sizeBytes: 8000 },
        { name: 'checkout', weight: 10, cost: 3, dbQueries: 2, apiCalls: 1, sizeBytes: 2000 },
      ],
    },
    network: { client: { latencyMs: { kind: 'lognormal', median: 20, sigma: 0.3 } } },
    loadBalancer: {
      strategy: design.strategy,
      ...(design.healthCheck ? { healthCheck: design.healthCheck } : {}),
    },
    servers: Array.from({ length: n }, (_, i) => ({
      name: `web${i + 1}`,
      size: design.size,
      // A thread pool far larger than the core count: a checkout waiting ~80 ms on the payment
      // API holds a thread, not a core. Little's law: ~150 req/s × ~21 ms ≈ 3 threads busy in all.
      workers: WORKERS_PER_SERVER,
      serviceTime: { kind: 'lognormal', median: 5, sigma: 0.5 },
      queueCapacity: 200,
      ...(i === 0 ? { crashes: [{ ...DAY.crash }] } : {}),
    })),
    database: {
      kind: 'network',
      capacity: 32,
      poolSize: 20,
      queryTimeMs: { kind: 'lognormal', median: 2, sigma: 0.5 },
    },
    externalApi: {
      name: 'payments',
      latencyMs: { kind: 'lognormal', median: 80, sigma: 0.4 },
      errorRate: 0.1,
      timeoutMs: 1000,
      retry: design.retry,
      idempotencyKeys: true,
      outages: outage ? [{ ...OUTAGE, mode: 'error' }] : [],
    },
    logs: { mode: 'shipped', batchSize: 200, flushIntervalMs: 1000, keepRecords: 0 },
    alerts: [design.alert],
  };
}

/** What the challenge measures, and the score: a pure function of the engine's summary. */
export interface Outcome {
  successRatio: number;
  p95Ms: number;
  costPerHour: number;
  meetsSlo: boolean;
  score: number;
}

/** Score = 100 ÷ (cost per hour in USD) when the SLO is met, else 0. */
export function outcome(result: SimResult): Outcome {
  const s = result.summary;
  const successRatio = 1 - s.errorRate;
  const costPerHour = s.cost / (DAY.durationMs / 3_600_000);
  const meetsSlo = successRatio >= SLO.successRatio && s.latencyMs.p95 <= SLO.p95Ms;
  return {
    successRatio,
    p95Ms: s.latencyMs.p95,
    costPerHour,
    meetsSlo,
    score: meetsSlo ? Math.round(100 / costPerHour) : 0,
  };
}
