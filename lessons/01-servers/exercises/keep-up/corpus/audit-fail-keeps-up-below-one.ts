/**
 * @expect fail: keepsUp() says yes only with headroom
 * Right utilisation, but "keeps up" while below 1, forgetting the headroom the goal asks for.
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * (serviceTimeMs / 1000)) / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) < 1;
}
