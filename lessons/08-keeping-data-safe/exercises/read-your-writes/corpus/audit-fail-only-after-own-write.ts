/**
 * @expect fail: Every read shows the reader
 * Half right: checks the user's last write only for the read flagged afterOwnWrite; the same user's
 * other reads go to any replica, and during the 4 s stall they show an old page.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`u${write.userId}`] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const n = cluster.replicas.length;
    if (n === 0) return 'primary';
    if (!read.afterOwnWrite) return cluster.replicas[Math.floor(state.random() * n)]!.index;
    const last = state.vars[`u${read.userId}`] ?? 0;
    const fresh = cluster.replicas.find((r) => r.appliedPosition >= last);
    return fresh ? fresh.index : 'primary';
  },
};
