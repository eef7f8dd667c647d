/**
 * @expect fail: Loses fewer than 1 %
 * A probe every second, two in a row each way: meets the 2 s targets exactly, but the dead server attracts traffic for 2 s.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 1000,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
