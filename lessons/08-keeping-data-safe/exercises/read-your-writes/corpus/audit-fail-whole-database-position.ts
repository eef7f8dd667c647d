/**
 * @expect fail: The primary stays at most
 * About the whole database, not the user: reads only from a replica that has applied everything the
 * primary committed (primaryPosition). Always consistent, but replicas are nearly always a write
 * behind, so almost every read lands on the primary.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (read, cluster) => {
    void read;
    const upToDate = cluster.replicas.find((r) => r.appliedPosition >= cluster.primaryPosition);
    return upToDate ? upToDate.index : 'primary';
  },
};
