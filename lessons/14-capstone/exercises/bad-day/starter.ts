// The whole architecture through a bad day: traffic triples for 50 s, and one server dies in the
// middle of it. Meet the SLO (99.5 % success, p95 ≤ 250 ms) as cheaply as you can.
import type {
  AlertRuleSpec,
  BackoffSpec,
  HealthCheckSpec,
  RetryPolicyFn,
  StrategyFn,
  StrategyName,
} from 'archlab';

export interface Design {
  servers: number; // how many (horizontal scaling), 1–20
  size: string; // 'micro' | 'small' | 'medium' | 'large' | … (vertical scaling)
  strategy: StrategyName | StrategyFn; // load balancing
  healthCheck: HealthCheckSpec | null; // take dead servers out of rotation
  retry: BackoffSpec | RetryPolicyFn; // payment calls that fail
  alert: AlertRuleSpec; // who gets woken up, and when
}

export const design: Design = {
  // TODO: enough capacity for the spike even with one server dead; then make it cheaper.
  servers: 2,
  size: 'medium',
  strategy: 'round-robin',
  // TODO: without health checks the load balancer keeps sending requests to the dead server.
  healthCheck: null,
  // TODO: one payment call in ten fails; retry it (the API takes idempotency keys).
  retry: { maxAttempts: 1 },
  // TODO: this pages on a single bad scrape; make it quiet for blips, quick for outages.
  alert: { name: 'LowSuccessRate', metric: 'errorRate', op: '>', threshold: 0.05 },
};
