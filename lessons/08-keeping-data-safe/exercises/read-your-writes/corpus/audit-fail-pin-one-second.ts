/**
 * @expect fail: Every read shows the reader
 * Pins a user to the primary for 1 s after a write: fine while the lag is 30 ms, broken when a replica
 * stops applying the log for 4 s.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`t${write.userId}`] = state.now;
  },
  routeRead: (read, cluster, state) => {
    const t = state.vars[`t${read.userId}`];
    if (cluster.replicas.length === 0 || (t !== undefined && state.now - t < 1000))
      return 'primary';
    return cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index;
  },
};
