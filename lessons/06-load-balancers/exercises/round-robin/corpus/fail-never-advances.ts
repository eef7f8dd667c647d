/**
 * @expect fail: Spreads 1,000 requests evenly
 * Reads the turn from state.vars but forgets to store the next one, so every request goes to web-1.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const turn = state.vars['turn'] ?? 0;
  return turn % servers.length;
};
