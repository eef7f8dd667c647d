/**
 * @expect fail: Loses fewer than 1 %
 * A probe every 800 ms and two in a row each way: 1.6 s, inside the 2 s, but under least connections the dead server draws most requests for those 1.6 s and more than 1 % fail.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 800,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
};
