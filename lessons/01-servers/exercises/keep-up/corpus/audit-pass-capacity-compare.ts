/**
 * @expect pass
 * Reasons with capacity: the server can finish cores × 1000 / S requests per second; it keeps up
 * with headroom while the rate is below 80 % of that.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  const capacityPerSec = (cores * 1000) / serviceTimeMs;
  return ratePerSec / capacityPerSec;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  const capacityPerSec = (cores * 1000) / serviceTimeMs;
  return ratePerSec < 0.8 * capacityPerSec;
}
