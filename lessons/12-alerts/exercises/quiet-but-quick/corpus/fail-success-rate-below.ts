/**
 * @expect fail: Quiet through
 * Writes the target as it is said, success below 95 %, but on the errorRate metric: errorRate < 0.95 is true all day.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '<',
  threshold: 0.95,
  windowMs: 30_000,
  forMs: 40_000,
};
