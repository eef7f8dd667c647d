/**
 * @expect fail: At least 99.50
 * Two micro servers, the cheapest pair: one core left when web1 dies, for about 1.2 cores of work at the spike.
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
  size: 'micro',
  strategy: 'least-connections',
  healthCheck: { intervalMs: 250 },
  retry: { maxAttempts: 3 },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 45_000,
  },
};
