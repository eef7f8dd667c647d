/**
 * @expect fail: Probes at most
 * Writes the interval in seconds (0.5) as in the cloud consoles, where the field is in milliseconds.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 0.5,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
