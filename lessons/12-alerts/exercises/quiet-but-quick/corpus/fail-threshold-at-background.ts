/**
 * @expect fail: Quiet through
 * Alerts at 2 % errors, the background rate, thinking it catches problems early: every blip now
 * keeps the window above the threshold for longer than the for, so blips page.
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
