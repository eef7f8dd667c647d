/**
 * @expect fail: Takes turns in order
 * Picks a server at random: equal shares on average, but not turns in order.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) =>
  Math.floor(state.random() * servers.length);
