/**
 * @expect fail: Loses fewer than 1 %
 * A probe every second, two failures: 2 s only if the crash lands right on a probe.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 1000,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
