/**
 * @expect fail: Score
 * Copies the chapter's table: two medium servers, health checks every 250 ms, three attempts, the alert from the "things to try" (30 s window, 30 s "for"). It meets the SLO but costs $0.20/h: score 500.
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
  size: 'medium',
  strategy: 'round-robin',
  healthCheck: { intervalMs: 250 },
  retry: { maxAttempts: 3 },
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 30_000,
  },
};
