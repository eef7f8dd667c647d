/**
 * @expect pass
 * Fast out (500 ms × 2), but four good probes (2 s) before trusting a recovered server.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 4,
};
