/**
 * @expect pass
 * Keeps the position itself in state.vars, wrapped into the list on every call, and returns the server object.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const position = (state.vars['position'] ?? 0) % servers.length;
  state.vars['position'] = (position + 1) % servers.length;
  return servers[position]!;
};
