/**
 * @expect fail: Loses fewer than 1 %
 * Three failures in a row at 600 ms: 1.8 s to notice, too long under least connections.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 600,
  unhealthyThreshold: 3,
  healthyThreshold: 1,
};
