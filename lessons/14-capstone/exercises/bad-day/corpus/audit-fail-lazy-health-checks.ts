/**
 * @expect fail: At least 99.50
 * Keeps a typical default health check (every 5 s, 3 failures before removal): web1 keeps getting a third of the spike for about 15 s.
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
  healthCheck: { intervalMs: 5_000, unhealthyThreshold: 3 },
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
