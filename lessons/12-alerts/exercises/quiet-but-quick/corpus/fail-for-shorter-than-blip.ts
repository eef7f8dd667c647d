/**
 * @expect fail: Quiet through
 * A 30 s window with a 10 s for: the for is shorter than the time a blip keeps the window above 5 %, so blips page.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
  forMs: 10_000,
};
