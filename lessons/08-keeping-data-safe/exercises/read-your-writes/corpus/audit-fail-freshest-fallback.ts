/**
 * @expect fail: Every read shows the reader
 * Right check, wrong fallback: when no replica has the user's write it picks the replica that has
 * applied the most instead of the primary, and the read shows an old page.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`u${write.userId}`] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars[`u${read.userId}`] ?? 0;
    if (cluster.replicas.length === 0) return 'primary';
    let best = cluster.replicas[0]!;
    for (const r of cluster.replicas) {
      if (r.appliedPosition >= last) return r.index;
      if (r.appliedPosition > best.appliedPosition) best = r;
    }
    return best.index;
  },
};
