/**
 * @expect fail: Quiet
 * Passes the windows in seconds (3600, 300, …) to errorRatio, which takes milliseconds: every
 * window is a few seconds long, so any blip pages.
 */
import type { AlertQuery } from 'archlab';

export const SLO = 0.999;

export function burnRate(errorRatio: number, objective: number): number {
  return errorRatio / (1 - objective);
}

export function shouldPage(q: AlertQuery): boolean {
  const br = (s: number) => burnRate(q.errorRatio(s), SLO);
  return (br(3600) > 14.4 && br(300) > 14.4) || (br(21600) > 6 && br(1800) > 6);
}
