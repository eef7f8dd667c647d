// A multi-window burn-rate alert for a 99.9 % success-rate SLO (the Google SRE workbook's
// recommendation): page when the error budget burns fast over a long AND a short window.
import type { AlertQuery } from 'archlab';

/** The objective: 99.9 % of requests succeed, so the error budget is 0.1 %. */
export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** How many times faster than "exactly on budget" errors are arriving. */
export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

/** Window pairs: long window, short window, and the burn rate both must exceed. */
const WINDOWS = [
  // 14.4× for an hour spends 2 % of a 30-day budget: page fast for a big outage.
  { longMs: 1 * HOUR, shortMs: 5 * MINUTE, factor: 14.4 },
  // 6× for six hours spends 5 %: slower burns still page, a little later.
  { longMs: 6 * HOUR, shortMs: 30 * MINUTE, factor: 6 },
];

export function shouldPage(q: AlertQuery): boolean {
  // The long window proves the burn is significant; the short one that it is still going on,
  // so the alert resolves soon after the problem is fixed.
  return WINDOWS.some(
    (w) =>
      burnRate(q.errorRatio(w.longMs), SLO) > w.factor &&
      burnRate(q.errorRatio(w.shortMs), SLO) > w.factor,
  );
}
