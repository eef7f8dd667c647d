// An alert rule for a shop whose success rate should be 100 % and must not stay below 95 %.
// It must page within 90 s of a real incident, and never for a blip of a few seconds.
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  // Success below 95 % is an error rate above 5 %.
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  // Average over 30 s: enough requests that random noise does not cross 5 % by chance.
  windowMs: 30_000,
  aggregate: 'avg',
  // A 20 s blip keeps the 30 s average high for at most about 50 s: wait at least that long,
  // but not so long that a real incident (≈ 20 s to cross + 50 s) misses the 90 s deadline.
  forMs: 50_000,
};
