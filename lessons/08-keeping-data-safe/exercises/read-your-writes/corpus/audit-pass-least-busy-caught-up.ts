/**
 * @expect pass
 * Remembers each user's last write position in state.vars; sends a read to the least busy replica
 * that has applied it, or to the primary when none has.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`user:${write.userId}`] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const needed = state.vars[`user:${read.userId}`] ?? 0;
    let best: { index: number; outstanding: number } | undefined;
    for (const r of cluster.replicas) {
      if (r.appliedPosition < needed) continue;
      if (!best || r.outstanding < best.outstanding) best = r;
    }
    return best ? best.index : 'primary';
  },
};
