// A load balancer asks a strategy, for every request, which server should answer it.
// `servers` are the servers that are healthy right now (the list can shrink and grow);
// return one of them, or its position in the list.
import type { StrategyFn } from 'archlab';

/** Round robin: take turns in order — first, second, third, …, then the first again. */
export const roundRobin: StrategyFn = (servers, request, state) => {
  // TODO: remember whose turn it is between calls, in state.vars (it starts empty: {}).
  // TODO: return that position, then move the turn on by one.
  // TODO: make sure the position stays inside the list, whatever its length is now.
  return 0;
};
