/**
 * @expect fail: burnRate() is
 * Keeps the starter's division by the objective (0.999) instead of the error budget (0.001), so
 * burn rates are a thousand times too small and nothing ever pages.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / objective;
}

export function shouldPage(q: AlertQuery): boolean {
  const burn = (windowMs: number) => burnRate(q.errorRatio(windowMs), SLO);
  return (
    (burn(HOUR) > 14.4 && burn(5 * MINUTE) > 14.4) || (burn(6 * HOUR) > 6 && burn(30 * MINUTE) > 6)
  );
}
