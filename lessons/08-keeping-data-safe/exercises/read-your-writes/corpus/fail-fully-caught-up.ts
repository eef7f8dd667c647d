/**
 * @expect fail: The primary stays at most 50 % busy
 * Uses a replica only when it has applied every write the primary has: correct, but with 50 writes a second a replica is almost never fully caught up.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (_read, cluster) => {
    const r = cluster.replicas.find((x) => x.appliedPosition >= cluster.primaryPosition);
    return r ? r.index : 'primary';
  },
};
