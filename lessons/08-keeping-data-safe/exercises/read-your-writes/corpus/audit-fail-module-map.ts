/**
 * @expect fail: Gives the same result
 * Hidden module state, which the goal forbids: last positions in a module-level Map that outlives
 * the run, so the next situation starts with every user "waiting" for positions from the last one.
 */
import type { ReadRouter } from 'archlab';

const lastWrite = new Map<number, number>();

export const router: ReadRouter = {
  afterWrite: (write) => {
    lastWrite.set(write.userId, write.position);
  },
  routeRead: (read, cluster) => {
    const last = lastWrite.get(read.userId) ?? 0;
    const fresh = cluster.replicas.find((r) => r.appliedPosition >= last);
    return fresh ? fresh.index : 'primary';
  },
};
