/**
 * @expect fail: Probes at most
 * Takes a server out on one failed probe: fast, but one lost packet removes a healthy server.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 1,
  healthyThreshold: 2,
};
