/**
 * @expect pass
 * Averages the error rate over 30 s and requires it above 5 % for 55 s: a 20 s blip keeps the
 * 30 s window high for about 50 s, and 30 s to cross + 55 s stays within 90 s.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
  forMs: 55_000,
};
