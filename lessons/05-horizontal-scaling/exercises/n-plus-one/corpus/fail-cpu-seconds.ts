/**
 * @expect fail: Buys no more servers than needed
 * Forgets that cpuMs is in milliseconds: 20 ms counts as 20 s of CPU, a fleet a thousand times too big.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = peakRatePerSec * cpuMs;
  return Math.ceil(busyCores / (coresPerServer * maxUtilisation)) + 1;
}
