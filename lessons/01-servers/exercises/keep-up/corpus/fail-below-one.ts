/**
 * @expect fail: keepsUp()
 * Says a server keeps up whenever utilisation is below 1, leaving no headroom for bursts.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * serviceTimeMs) / 1000 / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 1;
}
