/**
 * @expect pass
 * A 30 s window (a 20 s blip keeps it above 5 % for about 50 s) and a "for" of 55 s, just longer than that.
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
