/**
 * @expect fail: At least 99.50
 * One large server ($0.20/h, 8 cores) "to be safe": plenty of cores, but when it dies nothing is left to answer.
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
  servers: 1,
  size: 'large',
  strategy: 'round-robin',
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
