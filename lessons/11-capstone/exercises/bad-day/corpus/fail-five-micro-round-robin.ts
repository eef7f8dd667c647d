/**
 * @expect fail: p95
 * Five micro servers with round robin: each has one core, and round robin keeps queueing requests
 * behind a busy core while another is free, so p95 breaks during the spike.
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
  servers: 5,
  size: 'micro',
  strategy: 'round-robin',
  healthCheck: { intervalMs: 250, unhealthyThreshold: 2, healthyThreshold: 2 },
  retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, jitter: 'full' },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 20_000,
    forMs: 40_000,
    keepFiringForMs: 30_000,
  },
};
