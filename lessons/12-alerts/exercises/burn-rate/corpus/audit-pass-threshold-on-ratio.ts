/**
 * @expect pass
 * Compares error ratios with factor × budget (the form the workbook's PromQL uses) from a table of
 * window pairs, and uses Math.min so that both windows must exceed the threshold.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;
const HOUR = 3_600_000;
const MINUTE = 60_000;

const BUDGET = 1 - SLO;

export function burnRate(errorRatio: number, objective: number): number {
  const budget = 1 - objective;
  return budget > 0 ? errorRatio / budget : Infinity;
}

const PAIRS = [
  { long: 1 * HOUR, short: 5 * MINUTE, factor: 14.4 },
  { long: 6 * HOUR, short: 30 * MINUTE, factor: 6 },
];

export function shouldPage(q: AlertQuery): boolean {
  return PAIRS.some(
    (p) => Math.min(q.errorRatio(p.long), q.errorRatio(p.short)) > p.factor * BUDGET,
  );
}
