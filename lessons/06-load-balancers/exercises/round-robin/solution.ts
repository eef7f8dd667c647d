// A load balancer asks a strategy, for every request, which server should answer it.
// `servers` are the servers that are healthy right now (the list can shrink and grow);
// return one of them, or its position in the list.
import type { StrategyFn } from 'archlab';

/** Round robin: take turns in order — first, second, third, …, then the first again. */
export const roundRobin: StrategyFn = (servers, _request, state) => {
  // state.vars survives between calls: it remembers whose turn is next.
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  // The modulo keeps the turn inside the list, even after a server has left it.
  return turn % servers.length;
};
