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
  // Enough cores to do the work at 100 %: no headroom, and nothing spare for a failure.
  const busyCores = peakRatePerSec * (cpuMs / 1000);
  // TODO: fill each server only up to maxUtilisation.
  // TODO: add the spare server that covers a failure.
  return Math.ceil(busyCores / coresPerServer);
}
