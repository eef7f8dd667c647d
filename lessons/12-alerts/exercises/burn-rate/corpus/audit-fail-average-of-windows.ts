/**
 * @expect fail: Quiet
 * Averages the long and the short window's burn rates instead of requiring both to exceed the
 * factor: a short blip makes the 5-minute burn so large that the average pages.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  const avg = (a: number, b: number) =>
    (burnRate(q.errorRatio(a), SLO) + burnRate(q.errorRatio(b), SLO)) / 2;
  return avg(HOUR, 5 * MINUTE) > 14.4 || avg(6 * HOUR, 30 * MINUTE) > 6;
}
