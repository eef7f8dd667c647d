/**
 * @expect pass
 * Table-driven: each pair pages when the smaller of its two burn rates is above the factor, which
 * is the same as both being above it. The budget is computed with a small epsilon-free subtraction.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function burnRate(errorRatio: number, objective: number): number {
  const budget = 1 - objective;
  return budget > 0 ? errorRatio / budget : Infinity;
}

const PAIRS = [
  { longMs: 1 * HOUR, shortMs: 5 * MINUTE, factor: 14.4 },
  { longMs: 6 * HOUR, shortMs: 30 * MINUTE, factor: 6 },
];

export function shouldPage(q: AlertQuery): boolean {
  return PAIRS.some(({ longMs, shortMs, factor }) => {
    const slowest = Math.min(
      burnRate(q.errorRatio(longMs), SLO),
      burnRate(q.errorRatio(shortMs), SLO),
    );
    return slowest > factor;
  });
}
