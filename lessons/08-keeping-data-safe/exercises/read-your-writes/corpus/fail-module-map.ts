/**
 * @expect fail: Gives the same result when the same day runs twice
 * Right idea, but remembers positions in a Map outside the router: it outlives the run (as it would outlive a request on one app server while the user's next request reaches another).
 */
import type { ReadRouter } from 'archlab';

const lastWrite = new Map<number, number>();

export const router: ReadRouter = {
  afterWrite: (write) => {
    lastWrite.set(write.userId, write.position);
  },
  routeRead: (read, cluster) => {
    const need = lastWrite.get(read.userId) ?? 0;
    const ok = cluster.replicas.find((r) => r.appliedPosition >= need);
    return ok ? ok.index : 'primary';
  },
};
