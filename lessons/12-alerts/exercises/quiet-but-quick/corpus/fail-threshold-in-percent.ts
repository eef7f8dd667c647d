/**
 * @expect fail: Pages within
 * Writes the threshold as 5 (percent) while errorRate is a fraction from 0 to 1: it can never page.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 5,
  windowMs: 30_000,
  forMs: 40_000,
};
