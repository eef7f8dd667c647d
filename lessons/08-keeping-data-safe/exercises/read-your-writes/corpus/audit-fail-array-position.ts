/**
 * @expect fail: Every read shows the reader
 * Returns the replica's position in cluster.replicas instead of its index: when replica 0 is down
 * the list is [replica 1], and "0" sends reads to the replica that is down.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`u${write.userId}`] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars[`u${read.userId}`] ?? 0;
    for (let i = 0; i < cluster.replicas.length; i++) {
      if (cluster.replicas[i]!.appliedPosition >= last) return i;
    }
    return 'primary';
  },
};
