/**
 * @expect pass
 * Stores the next position, already wrapped, and re-wraps it when the list has shrunk.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  let next = state.vars['next'] ?? 0;
  if (next >= servers.length) next = 0;
  state.vars['next'] = (next + 1) % servers.length;
  return next;
};
