/**
 * @expect fail: Stays fair while servers keep
 * Starts again from the first server whenever the list changes length, so web-1 gets extra turns.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  if (state.vars['length'] !== servers.length) {
    state.vars['length'] = servers.length;
    state.vars['turn'] = 0;
  }
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  return turn % servers.length;
};
