/**
 * @expect fail: Probes at most
 * Probes every 200 ms with five failures: detects within 1 s but probes five times a second.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 200,
  unhealthyThreshold: 5,
  healthyThreshold: 5,
};
