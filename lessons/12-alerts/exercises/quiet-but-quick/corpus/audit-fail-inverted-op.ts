/**
 * @expect fail: Quiet
 * Writes the condition as "error rate below 5 %" (thinking of the success target): true almost all the time on a healthy day.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '<',
  threshold: 0.05,
  windowMs: 30_000,
  forMs: 55_000,
};
