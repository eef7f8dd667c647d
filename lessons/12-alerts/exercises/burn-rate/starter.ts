// A multi-window burn-rate alert for a 99.9 % success-rate SLO (the Google SRE workbook's
// recommendation): page when the error budget burns fast over a long AND a short window.
import type { AlertQuery } from 'archlab';

/** The objective: 99.9 % of requests succeed, so the error budget is 0.1 %. */
export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** How many times faster than "exactly on budget" errors are arriving. */
export function burnRate(errorRatio: number, objective: number): number {
  // TODO: this divides by the objective (0.999); the burn rate divides by the error budget.
  return errorRatio / objective;
}

export function shouldPage(q: AlertQuery): boolean {
  // One short window: a 20-second blip is enough to page somebody at night.
  // TODO: use two window pairs, and page only when BOTH windows of a pair burn too fast:
  //   1 hour and 5 minutes above 14.4, or 6 hours and 30 minutes above 6.
  return burnRate(q.errorRatio(5 * MINUTE), SLO) > 14.4;
}
