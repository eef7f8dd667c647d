/**
 * @expect fail: Quiet through
 * A 30 s window but no for duration: a 20 s blip of errors pushes the windowed rate over 5 % and pages at once.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
};
