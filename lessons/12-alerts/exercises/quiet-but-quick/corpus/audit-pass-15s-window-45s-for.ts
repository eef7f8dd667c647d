/**
 * @expect pass
 * A shorter 15 s window, so the "for" can be shorter too: a blip stays above 5 % for about 35 s, the rule waits 45 s.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>=',
  threshold: 0.05,
  windowMs: 15_000,
  aggregate: 'avg',
  forMs: 45_000,
};
