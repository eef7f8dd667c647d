/**
 * @expect fail: A fresh load balancer
 * Moves the turn on before using it, so a fresh load balancer starts with the second server.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  state.vars['turn'] = (state.vars['turn'] ?? 0) + 1;
  return state.vars['turn'] % servers.length;
};
