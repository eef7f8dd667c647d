/**
 * @expect pass
 * The fastest the rules allow: a probe every 500 ms, two failures out, two successes back.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
