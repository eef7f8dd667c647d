/**
 * @expect pass
 * Five micro servers ($0.125/h, 4 cores left when one dies), least connections, its own retry function (two retries after a fixed 100 ms) and a 20 s window with a 40 s "for".
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

const retryTwice: RetryPolicyFn = (attempt) => (attempt < 3 ? 100 : null);

export const design: Design = {
  servers: 5,
  size: 'micro',
  strategy: 'least-connections',
  healthCheck: { intervalMs: 200, unhealthyThreshold: 2, healthyThreshold: 2 },
  retry: retryTwice,
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 20_000,
    forMs: 40_000,
  },
};
