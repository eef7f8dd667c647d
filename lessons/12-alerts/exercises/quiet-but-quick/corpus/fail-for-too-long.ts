/**
 * @expect fail: Pages within
 * Very quiet: a 30 s window and a for of 2 minutes, so a real incident is reported far more than 90 s after it starts.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
  forMs: 120_000,
};
