/**
 * @expect fail: Quiet through
 * Alerts at 2 % errors, the background rate, thinking it catches problems early: noise around 2 % pages on quiet days.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.02,
  windowMs: 30_000,
  forMs: 40_000,
};
