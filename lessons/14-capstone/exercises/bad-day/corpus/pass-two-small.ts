/**
 * @expect pass
 * Sizes by CPU, not by threads: the spike needs about 1.2 cores (a request waiting on the database
 * or the payment API holds a thread, not a core), so two small servers are enough; when web1 dies
 * the other's 2 cores run at ρ ≈ 0.6.
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
  servers: 2,
  size: 'small',
  strategy: 'least-connections',
  healthCheck: { intervalMs: 250, unhealthyThreshold: 2, healthyThreshold: 2 },
  retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 500, jitter: 'full' },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 30_000,
  },
};
