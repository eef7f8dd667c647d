/**
 * @expect fail: Sends to it again within 2 s
 * Detects fast, but waits for ten good probes before trusting the server again (5 s).
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 10,
};
