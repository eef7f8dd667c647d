/**
 * @expect pass
 * Three small servers ($0.15/h): with web1 dead, 4 cores remain for about 1.2 busy cores at the spike; health checks every 250 ms, three payment attempts, a 30 s window and a 45 s "for".
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
  retry: { maxAttempts: 3, baseDelayMs: 50 },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 45_000,
  },
};
