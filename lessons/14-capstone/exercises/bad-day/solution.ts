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
  // At the spike about 150 req/s × ≈ 7.7 ms of CPU ≈ 1.2 busy cores (the waits on the database
  // and the payment API hold one of a server's 32 threads, not a core: ≈ 3.2 threads busy in all).
  // With one server dead the rest must still have the cores: 3 × small leaves 4, ρ ≈ 0.3. A safe
  // margin, not the cheapest design that meets the SLO.
  servers: 3,
  size: 'small',
  // Least connections steers around a server that is slow or busy.
  strategy: 'least-connections',
  // Probe four times a second; two failures take a dead server out in about half a second.
  healthCheck: { intervalMs: 250, unhealthyThreshold: 2, healthyThreshold: 2 },
  // One payment call in ten fails: two retries with jittered backoff turn 10 % failed calls into about 0.1 %
  // (independent failures: 0.1³).
  retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 500, jitter: 'full' },
  // Success below 95 % for 30 s, averaged over 30 s: quiet through a crash the load balancer
  // absorbs, quick for an outage nobody can absorb.
  alert: {
    name: 'LowSuccessRate',
    metric: 'errorRate',
    op: '>',
    threshold: 0.05,
    windowMs: 30_000,
    forMs: 30_000,
  },
};
