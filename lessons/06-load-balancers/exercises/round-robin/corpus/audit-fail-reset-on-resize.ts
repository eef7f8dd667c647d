/**
 * @expect fail: Stays fair
 * Starts the cycle again from the first server whenever the number of servers changes, so the
 * first servers get extra turns every time the group changes.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  if (state.vars['size'] !== servers.length) {
    state.vars['size'] = servers.length;
    state.vars['turn'] = 0;
  }
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  return turn % servers.length;
};
