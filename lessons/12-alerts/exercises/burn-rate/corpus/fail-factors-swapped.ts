/**
 * @expect fail: Quiet while
 * Swaps the two pairs' factors: 1 h and 5 min above 6, 6 h and 30 min above 14.4. The fast pair
 * is now too eager: 90 minutes at 8× (1.7 % of the month's budget, a ticket) wakes someone up.
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
    (burn(HOUR) > 6 && burn(5 * MINUTE) > 6) || (burn(6 * HOUR) > 14.4 && burn(30 * MINUTE) > 14.4)
  );
}
