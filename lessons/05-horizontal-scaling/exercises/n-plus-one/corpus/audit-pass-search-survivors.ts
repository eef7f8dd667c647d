/**
 * @expect pass
 * Counts up from two servers until the survivors of one failure stay at or below the target.
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
