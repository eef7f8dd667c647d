/**
 * @expect pass
 * The workbook's rule as written: a pair fires when both its long and short windows burn above its
 * factor; page when either pair fires.
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
  const fast = burn(HOUR) > 14.4 && burn(5 * MINUTE) > 14.4;
  const slow = burn(6 * HOUR) > 6 && burn(30 * MINUTE) > 6;
  return fast || slow;
}
