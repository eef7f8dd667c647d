/**
 * @expect fail: Quiet
 * Confuses keepFiringForMs with forMs: the alert still fires at once on a blip, and then keeps firing.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 30_000,
  keepFiringForMs: 60_000,
};
