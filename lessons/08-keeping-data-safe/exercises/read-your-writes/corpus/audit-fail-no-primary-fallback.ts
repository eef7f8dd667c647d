/**
 * @expect fail: Every read shows the reader
 * Picks a random caught-up replica, but when none is caught up it retries at random among all
 * replicas rather than going to the primary ("the primary is for writes").
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`u${write.userId}`] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars[`u${read.userId}`] ?? 0;
    const fresh = cluster.replicas.filter((r) => r.appliedPosition >= last);
    const pool = fresh.length > 0 ? fresh : cluster.replicas;
    if (pool.length === 0) return 'primary';
    return pool[Math.floor(state.random() * pool.length)]!.index;
  },
};
