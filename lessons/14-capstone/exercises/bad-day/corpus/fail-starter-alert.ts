/**
 * @expect fail: The alert
 * Fixes capacity, health checks and retries, but keeps the starter’s alert: one bad 5 s scrape pages, so a short payment blip wakes someone.
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
  alert: { name: 'LowSuccessRate', metric: 'errorRate', op: '>', threshold: 0.05 },
};
