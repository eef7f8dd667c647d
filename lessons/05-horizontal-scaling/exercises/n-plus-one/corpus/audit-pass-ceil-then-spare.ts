/**
 * @expect pass
 * Follows the worked example: busy cores, usable cores per server, round up, add one spare.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  const usablePerServer = coresPerServer * maxUtilisation;
  return Math.ceil(busyCores / usablePerServer) + 1;
}
