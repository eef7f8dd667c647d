/**
 * @expect pass
 * Busy cores ÷ usable cores per server, rounded up, plus one spare.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  return Math.ceil(busyCores / (coresPerServer * maxUtilisation)) + 1;
}
