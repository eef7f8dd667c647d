// An alert rule for a shop whose success rate should be 100 % and must not stay below 95 %.
// It must page within 90 s of a real incident, and never for a blip of a few seconds.
import type { AlertRuleSpec } from 'archlab';

export const rule: AlertRuleSpec = {
  name: 'LowSuccessRate',
  severity: 'page',
  metric: 'errorRate',
  op: '>',
  threshold: 0.05,
  // Looks at one 5 s scrape and fires at once: every blip wakes somebody up.
  // TODO: average over a window (windowMs) so that noise does not cross the threshold.
  // TODO: require the condition to hold for a while (forMs) before firing, but not so long
  //       that a real incident goes unreported for more than 90 s.
};
