/**
 * @expect fail: Buys no more servers than needed
 * Math.floor + 2 ("round up, plus one"): one server too many whenever the work divides exactly.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  return Math.floor(busyCores / (coresPerServer * maxUtilisation)) + 2;
}
