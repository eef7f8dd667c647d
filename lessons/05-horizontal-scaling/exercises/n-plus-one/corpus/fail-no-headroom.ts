/**
 * @expect fail: With one server down
 * Adds the spare but fills each server to 100 %, ignoring the target utilisation.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  // Headroom is for later; for now fill every core (maxUtilisation is not used yet).
  void maxUtilisation;
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  return Math.ceil(busyCores / coresPerServer) + 1;
}
