/**
 * @expect fail: With one server down
 * Rounds to the nearest server with Math.round, so a fleet that needs 12.4 servers gets 12.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  return Math.round(busyCores / (coresPerServer * maxUtilisation)) + 1;
}
