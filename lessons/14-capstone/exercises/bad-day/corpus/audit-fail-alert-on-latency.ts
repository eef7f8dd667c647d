/**
 * @expect fail: The alert sleeps
 * Alerts on p95 latency instead of the success rate: a payment outage fails requests quickly, so p95 never crosses 250 ms and nobody is paged.
 */
import type {
  AlertRuleSpec,
  BackoffSpec,
  HealthCheckSpec,
  RetryPolicyFn,
  StrategyFn,
  StrategyName,
} from 'archlab';

export interface Design {
  servers: number;
  size: string;
  strategy: StrategyName | StrategyFn;
  healthCheck: HealthCheckSpec | null;
  retry: BackoffSpec | RetryPolicyFn;
  alert: AlertRuleSpec;
}

export const design: Design = {
  servers: 3,
  size: 'small',
  strategy: 'round-robin',
  healthCheck: { intervalMs: 250 },
  retry: { maxAttempts: 3 },
  alert: {
    name: 'SlowCheckout',
    metric: 'latencyP95Ms',
    op: '>',
    threshold: 250,
    windowMs: 30_000,
    forMs: 45_000,
  },
};
