/**
 * @expect fail: Stops sending to the crashed server within 2 s
 * 700 ms × 3 failures: 2.1 s when the crash falls right after a probe, just over the target.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 700,
  unhealthyThreshold: 3,
  healthyThreshold: 2,
};
