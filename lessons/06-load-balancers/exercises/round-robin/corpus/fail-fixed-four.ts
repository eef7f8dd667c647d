/**
 * @expect fail: Keeps taking turns when a server leaves
 * Counts modulo 4, the size of the group it was shown, so position 3 goes nowhere while a server is out.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = (turn + 1) % 4;
  return Math.min(turn, servers.length - 1);
};
