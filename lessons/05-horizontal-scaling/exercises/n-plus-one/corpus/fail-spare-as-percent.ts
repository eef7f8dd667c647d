/**
 * @expect fail: Buys no more servers than needed
 * Adds a spare of 50 % on top (×1.5) instead of one server, which overbuys large fleets.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  return Math.max(2, Math.ceil((1.5 * busyCores) / (coresPerServer * maxUtilisation)));
}
