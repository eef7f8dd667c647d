/**
 * @expect fail: Spreads 1,000 requests evenly
 * Picks a server at random: the same share on average, but not turns, and not an even split.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) =>
  Math.floor(state.random() * servers.length);
