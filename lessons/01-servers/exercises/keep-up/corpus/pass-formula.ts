/**
 * @expect pass
 * ρ = λ·S/c with S converted to seconds; keeps up while ρ < 0.8.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  const serviceSeconds = serviceTimeMs / 1000;
  return (ratePerSec * serviceSeconds) / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
