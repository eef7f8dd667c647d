/**
 * @expect pass
 * Works from capacity instead: the cores finish cores × 1000 / S requests per second, and the
 * server keeps up while the arrivals stay below 80 % of that.
 */
function capacityPerSec(serviceTimeMs: number, cores: number): number {
  return (cores * 1000) / serviceTimeMs;
}

export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return ratePerSec / capacityPerSec(serviceTimeMs, cores);
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return ratePerSec < 0.8 * capacityPerSec(serviceTimeMs, cores);
}
