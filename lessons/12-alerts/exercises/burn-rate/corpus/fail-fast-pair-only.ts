/**
 * @expect fail: Pages in time
 * Only the fast pair (1 h and 5 min above 14.4): outages and a 2 % error rate (burn 20) page,
 * but a steady 1 % leak (burn 10) never reaches 14.4 and is never reported.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  return burnRate(q.errorRatio(HOUR), SLO) > 14.4 && burnRate(q.errorRatio(5 * MINUTE), SLO) > 14.4;
}
