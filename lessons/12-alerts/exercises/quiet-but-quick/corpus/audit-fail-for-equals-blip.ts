/**
 * @expect fail: Quiet
 * Sets "for" to the blip length (20 s) and forgets that the 30 s window keeps a blip above the threshold for about 50 s.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
  forMs: 20_000,
};
