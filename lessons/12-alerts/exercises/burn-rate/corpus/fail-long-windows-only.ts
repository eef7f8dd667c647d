/**
 * @expect fail: Resolves in time
 * Uses only the long windows (1 h above 14.4 or 6 h above 6): it pages, but keeps firing for
 * hours after the errors stop, because the long window still remembers them.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  return burnRate(q.errorRatio(HOUR), SLO) > 14.4 || burnRate(q.errorRatio(6 * HOUR), SLO) > 6;
}
