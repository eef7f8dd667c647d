/**
 * @expect pass
 * Remembers each user's last write position and reads from a replica that has applied it (the least busy one), else from the primary.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars['last-' + write.userId] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const need = state.vars['last-' + read.userId] ?? 0;
    let best: number | 'primary' = 'primary';
    let bestLoad = Infinity;
    for (const r of cluster.replicas) {
      if (r.appliedPosition >= need && r.outstanding < bestLoad) {
        best = r.index;
        bestLoad = r.outstanding;
      }
    }
    return best;
  },
};
