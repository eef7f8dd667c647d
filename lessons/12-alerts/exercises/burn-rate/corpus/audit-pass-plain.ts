/**
 * @expect pass
 * Burn rate = error ratio ÷ (1 − objective); the rule ORs the two pairs, each an AND of its windows.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  const fast =
    burnRate(q.errorRatio(HOUR), SLO) > 14.4 && burnRate(q.errorRatio(5 * MINUTE), SLO) > 14.4;
  const slow =
    burnRate(q.errorRatio(6 * HOUR), SLO) > 6 && burnRate(q.errorRatio(30 * MINUTE), SLO) > 6;
  return fast || slow;
}
