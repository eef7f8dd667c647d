/**
 * @expect fail: utilisation() matches the simulated busy fraction
 * Multiplies by the cores instead of dividing: more cores look busier.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * serviceTimeMs * cores) / 1000;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
