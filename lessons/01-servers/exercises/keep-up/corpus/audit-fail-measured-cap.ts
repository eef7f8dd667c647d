/**
 * @expect fail: utilisation() can exceed 1
 * Caps utilisation at 1 because "a CPU cannot be more than 100 % busy": true of the measured
 * value, but the offered load the goal asks for can exceed 1.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return Math.min(1, (ratePerSec * serviceTimeMs) / (1000 * cores));
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
