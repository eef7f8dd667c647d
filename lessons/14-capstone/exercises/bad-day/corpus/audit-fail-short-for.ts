/**
 * @expect fail: The alert sleeps
 * A 10 s "for" ("long enough for a hiccup"): the 20 s payment blip keeps the 30 s window above 5 % for about 20 s, so it pages.
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
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 10_000,
  },
};
