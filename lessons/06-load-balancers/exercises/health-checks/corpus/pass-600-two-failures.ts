/**
 * @expect pass
 * A probe every 600 ms and two failures (1.2 s), three successes to come back (1.8 s).
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 600,
  unhealthyThreshold: 2,
  healthyThreshold: 3,
};
