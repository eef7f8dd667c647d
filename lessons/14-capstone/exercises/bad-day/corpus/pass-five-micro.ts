/**
 * @expect pass
 * Five micro servers with least connections: losing one of five costs less capacity than losing one
 * of three, and the balancer steers around a busy core. Alert on a 20 s window held for 40 s, kept firing 30 s.
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
