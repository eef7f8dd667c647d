/**
 * @expect fail: With one server down
 * Sizes for the peak with headroom but forgets the spare server.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  return Math.ceil(busyCores / (coresPerServer * maxUtilisation));
}
