/**
 * @expect fail: burnRate() is
 * Writes the budget as 0.1 (reading "0.1 %" as 0.1), so every burn rate is a hundred times too
 * small.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  void objective;
  return errorRatio / 0.1;
}

export function shouldPage(q: AlertQuery): boolean {
  const burn = (windowMs: number) => burnRate(q.errorRatio(windowMs), SLO);
  return (
    (burn(HOUR) > 14.4 && burn(5 * MINUTE) > 14.4) || (burn(6 * HOUR) > 6 && burn(30 * MINUTE) > 6)
  );
}
