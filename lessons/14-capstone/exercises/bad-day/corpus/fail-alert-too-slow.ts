/**
 * @expect fail: The alert
 * Makes the alert very quiet with a 2 minute for: the one-minute payment outage is over before it would page.
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
  healthCheck: { intervalMs: 250, unhealthyThreshold: 2, healthyThreshold: 2 },
  retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 500, jitter: 'full' },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 120_000,
  },
};
