/**
 * @expect fail: Probes at most twice a second
 * Reacts to the first failed probe: one dropped packet would take a healthy server out.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 1,
  healthyThreshold: 1,
};
