/**
 * @expect pass
 * Remembers the name of the last server served (in state.data) and picks the one after it in the
 * current list, so a server that leaves or comes back does not skip anyone's turn.
 */
import type { StrategyFn } from 'archlab';

export const roundRobin: StrategyFn = (servers, _request, state) => {
  const last = state.data['last'] as string | undefined;
  const names = servers.map((s) => s.name);
  let next = 0;
  if (last !== undefined) {
    const at = names.indexOf(last);
    if (at >= 0) next = (at + 1) % servers.length;
    else {
      // The last one left the group: continue with the first server that sorted after it.
      const after = names.findIndex((n) => n > last);
      next = after >= 0 ? after : 0;
    }
  }
  state.data['last'] = names[next];
  return servers[next]!;
};
