/**
 * @expect fail: p95
 * Counts the cores of the whole fleet (2 for about 1.2 cores of work) and forgets the crash: when
 * web1 dies one core is left for the spike, ρ ≈ 1.2, and the queue overflows.
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
