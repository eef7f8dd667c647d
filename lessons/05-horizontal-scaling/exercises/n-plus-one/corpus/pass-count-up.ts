/**
 * @expect pass
 * Counts fleets up from two until the fleet minus one server stays within the target.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  let servers = 2;
  while (busyCores / ((servers - 1) * coresPerServer) > maxUtilisation) servers++;
  return servers;
}
