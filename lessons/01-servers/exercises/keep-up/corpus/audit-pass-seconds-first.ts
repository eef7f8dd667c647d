/**
 * @expect pass
 * Converts the service time to seconds first, then work per second ÷ cores.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  const serviceSec = serviceTimeMs / 1000;
  return (ratePerSec * serviceSec) / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 0.8;
}
