/**
 * @expect fail: utilisation() matches
 * Forgets to turn milliseconds into seconds, so 40/s × 10 ms gives 400 instead of 0.4.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * serviceTimeMs) / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
