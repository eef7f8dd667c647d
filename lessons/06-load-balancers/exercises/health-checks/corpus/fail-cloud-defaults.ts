/**
 * @expect fail: Stops sending to the crashed server within 2 s
 * Copies a cloud provider's defaults (30 s interval, 2 failures, 5 successes): fine for the cloud, far too slow here.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 30000,
  unhealthyThreshold: 2,
  healthyThreshold: 5,
};
