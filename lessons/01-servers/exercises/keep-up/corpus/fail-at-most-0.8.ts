/**
 * @expect fail: keepsUp()
 * Uses ≤ 0.8, so a server at exactly 80 % is said to keep up with headroom.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * serviceTimeMs) / 1000 / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) <= 0.8;
}
