/**
 * @expect pass
 * A counter in state.vars that only grows; the position is the counter modulo the list's length now.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  return turn % servers.length;
};
