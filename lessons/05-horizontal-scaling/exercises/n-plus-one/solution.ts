// How many servers does the fleet need at peak? Enough that, with one of them down (a crash, a
// deploy, a host being replaced), the others still stay at or below the target utilisation.
// That is called N+1: the N servers the peak needs, plus one spare.

/**
 * Servers for a peak of `peakRatePerSec` requests, each needing `cpuMs` of one core, on servers
 * with `coresPerServer` cores, such that with one server down the rest stay at or below
 * `maxUtilisation` (0..1).
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  // Busy cores the peak needs: λ × S.
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  // Each server may only be filled up to the target, so it offers cores × maxUtilisation.
  const usablePerServer = coresPerServer * maxUtilisation;
  const n = Math.ceil(busyCores / usablePerServer);
  // One more, so that losing any one server still leaves n.
  return n + 1;
}
