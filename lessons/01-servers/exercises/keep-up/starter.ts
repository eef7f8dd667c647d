// One server, requests arriving at random. Each request needs `serviceTimeMs` of one core's time.
// Predict how busy the server will be, and whether it keeps up with comfortable headroom.

/**
 * Offered utilisation: the fraction of the cores' time that the arriving work needs.
 * 0.5 means the cores are busy half the time; 1 or more means work arrives faster than it is done.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  // TODO: this mixes up units and ignores the cores.
  return ratePerSec * serviceTimeMs;
}

/** True when the server keeps up with headroom: utilisation below 0.8. */
export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  // TODO: decide from utilisation().
  return true;
}
