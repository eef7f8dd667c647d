/**
 * @expect fail: Resolves
 * Drops the 30-minute window of the slow pair ("6 hours is what matters"): after a 10-minute
 * outage the 6 h burn stays above 6 for hours, so the page never resolves.
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
  return (br(HOUR) > 14.4 && br(5 * MINUTE) > 14.4) || br(6 * HOUR) > 6;
}
