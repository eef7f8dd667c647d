// Round robin gives every server the same number of requests, however fast each one is.
// Least connections looks at the servers instead: send each request to the server with the
// fewest requests in progress (`server.connections`). A slow server finishes its requests
// later, so it keeps more connections open and automatically receives fewer new ones.
import type { StrategyFn } from 'archlab';

/** Least connections: the server with the fewest open connections; ties broken at random. */
export const leastConnections: StrategyFn = (servers, _request, state) => {
  let best = 0;
  let ties = 1;
  for (let i = 1; i < servers.length; i++) {
    const c = servers[i]!.connections;
    const bestC = servers[best]!.connections;
    if (c < bestC) {
      best = i;
      ties = 1;
    } else if (c === bestC) {
      // Keep each of the tied servers with equal chance, so position never favours one.
      ties++;
      if (state.random() < 1 / ties) best = i;
    }
  }
  return best;
};
