/**
 * @expect fail: Sends to it again
 * Copies the ALB default of five successes to come back: 2.5 s after recovery at 500 ms.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 5,
};
