// Round robin gives every server the same number of requests, however fast each one is.
// Least connections looks at the servers instead: send each request to the server with the
// fewest requests in progress (`server.connections`). A slow server finishes its requests
// later, so it keeps more connections open and automatically receives fewer new ones.
import type { StrategyFn } from 'archlab';

/** Least connections: the server with the fewest open connections; ties broken at random. */
export const leastConnections: StrategyFn = (servers, request, state) => {
  // This is round robin, which ignores how busy each server is.
  // TODO: instead, return the position of the server with the fewest connections.
  // TODO: when several are tied, pick one of them at random with state.random() (never
  //       Math.random: runs must be repeatable), so no server is favoured by its position.
  const turn = state.vars['turn'] ?? 0;
  state.vars['turn'] = turn + 1;
  return turn % servers.length;
};
