/**
 * @expect pass
 * Remembers the name of the server it sent to last and returns the one after it in today's list,
 * so a server leaving or coming back never makes anyone skip or repeat a turn.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const last = state.data['last'] as string | undefined;
  let next = 0;
  if (last !== undefined) {
    const at = servers.findIndex((s) => s.name === last);
    if (at >= 0) {
      next = (at + 1) % servers.length;
    } else {
      // The last one left the group: continue from the first server that comes after it by name.
      const after = servers.findIndex((s) => s.name > last);
      next = after >= 0 ? after : 0;
    }
  }
  state.data['last'] = servers[next]!.name;
  return servers[next]!;
};
