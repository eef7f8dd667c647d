/**
 * @expect fail: utilisation() matches
 * Leaves out the cores, as if every server had one.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number): number {
  return ratePerSec * (serviceTimeMs / 1000);
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs) < 0.8;
}
