/**
 * @expect pass
 * Keeps the positions in a Map stored in state.data (created on first use), not in state.vars; the
 * replica that has applied the most serves the read when it has the user's write, else the primary.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    let last = state.data['last'] as Map<number, number> | undefined;
    if (!last) {
      last = new Map();
      state.data['last'] = last;
    }
    last.set(write.userId, write.position);
  },
  routeRead: (read, cluster, state) => {
    const last = state.data['last'] as Map<number, number> | undefined;
    const needed = last?.get(read.userId) ?? 0;
    const candidates = cluster.replicas.filter((r) => r.appliedPosition >= needed);
    if (candidates.length === 0) return 'primary';
    // Spread the load: the one with the fewest reads outstanding, ties to the lowest index.
    candidates.sort((a, b) => a.outstanding - b.outstanding || a.index - b.index);
    return candidates[0]!.index;
  },
};
