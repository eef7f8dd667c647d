/**
 * @expect fail: Probes at most twice a second
 * Four probes a second with four failures in a row: fast detection, but more probes than allowed.
 */
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  intervalMs: 250,
  unhealthyThreshold: 4,
  healthyThreshold: 4,
};
