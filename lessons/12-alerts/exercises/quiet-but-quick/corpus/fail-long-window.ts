/**
 * @expect fail: Pages within
 * A 60 s window so that nothing is noisy, and a for of 85 s to outlast a blip in it: quiet, but
 * the window's crossing plus the for is more than 90 s.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 60_000,
  forMs: 85_000,
};
