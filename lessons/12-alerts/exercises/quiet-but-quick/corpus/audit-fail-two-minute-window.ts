/**
 * @expect fail: Pages within
 * Averages over 2 minutes and waits 60 s: quiet, but a moderate incident takes about a minute to lift a 2-minute average over 5 %, and then the "for" adds another minute.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  windowMs: 120_000,
  forMs: 60_000,
};
