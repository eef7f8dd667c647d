/**
 * @expect pass
 * A probe every 500 ms, two failures out and two successes back: about 1 s each way.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
