/**
 * @expect error: returned 3
 * Wraps at 4, the size of the group at the start, so a position past the end of a shrunken list
 * is returned when a server is down.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (_servers, _request, state) => {
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = (turn + 1) % 4;
  return turn;
};
