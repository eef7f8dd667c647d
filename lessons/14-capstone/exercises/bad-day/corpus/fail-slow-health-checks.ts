/**
 * @expect fail: At least
 * Health checks every second with three failures to mark a server down: web1 keeps getting requests for seconds after it dies.
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
  strategy: 'least-connections',
  healthCheck: { intervalMs: 1000, unhealthyThreshold: 3, healthyThreshold: 2 },
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
