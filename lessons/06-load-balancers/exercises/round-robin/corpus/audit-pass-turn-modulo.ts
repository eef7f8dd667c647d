/**
 * @expect pass
 * Keeps an ever-growing turn in state.vars and takes it modulo the current list length.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  return turn % servers.length;
};
