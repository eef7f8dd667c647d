/**
 * @expect fail: Quiet while
 * Uses only the short windows (5 min above 14.4 or 30 min above 6): a brief blip of failures is
 * enough to page.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  return (
    burnRate(q.errorRatio(5 * MINUTE), SLO) > 14.4 || burnRate(q.errorRatio(30 * MINUTE), SLO) > 6
  );
}
