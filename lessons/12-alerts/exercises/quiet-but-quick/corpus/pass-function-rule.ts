/**
 * @expect pass
 * A function rule over a 20 s window (q.errorRatio), held for 45 s: a 20 s blip keeps a 20 s
 * window above 5 % for about 40 s, and every incident is still reported within 90 s.
 */
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  kind: 'function',
  condition: (q) => q.errorRatio(20_000) > 0.05,
  forMs: 45_000,
};
