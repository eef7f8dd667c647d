/**
 * @expect fail: keepsUp() says yes only with headroom
 * Right utilisation, but accepts exactly 0.8 (≤ instead of <): a server at 80 % is not "below 0.8".
 */
export function utilisation(ratePerSec: number, serviceTimeMs: number, cores: number): number {
  return (ratePerSec * serviceTimeMs) / 1000 / cores;
}

export function keepsUp(ratePerSec: number, serviceTimeMs: number, cores: number): boolean {
  return utilisation(ratePerSec, serviceTimeMs, cores) <= 0.8;
}
