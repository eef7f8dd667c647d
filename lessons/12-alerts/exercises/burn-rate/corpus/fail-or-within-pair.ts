/**
 * @expect fail: Quiet while
 * Pages when either window of a pair is above its factor (OR instead of AND), so the short window
 * alone pages for a blip.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  const burn = (windowMs: number) => burnRate(q.errorRatio(windowMs), SLO);
  return (
    burn(HOUR) > 14.4 || burn(5 * MINUTE) > 14.4 || burn(6 * HOUR) > 6 || burn(30 * MINUTE) > 6
  );
}
