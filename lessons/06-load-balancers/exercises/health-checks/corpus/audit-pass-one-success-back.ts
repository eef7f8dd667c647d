/**
 * @expect pass
 * Detects in two 500 ms probes and trusts the first good probe after a recovery.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 1,
};
