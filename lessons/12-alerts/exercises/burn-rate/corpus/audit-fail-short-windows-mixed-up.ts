/**
 * @expect fail: Resolves
 * Pairs the 1 h window with the 30-minute short window and the 6 h with the 5-minute one: the fast
 * pair then keeps paging for up to 30 minutes after the errors stop.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  const br = (w: number) => burnRate(q.errorRatio(w), SLO);
  return (br(HOUR) > 14.4 && br(30 * MINUTE) > 14.4) || (br(6 * HOUR) > 6 && br(5 * MINUTE) > 6);
}
