/**
 * @expect fail: utilisation() can exceed 1
 * Caps utilisation at 1 because a CPU cannot be busier than 100 %, losing how overloaded it is.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return Math.min(1, (ratePerSec * serviceTimeMs) / 1000 / cores);
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
