/**
 * @expect fail: Every read shows the reader
 * Pins a user to the primary for 1 s after a write, since replicas are usually 30 ms behind: fine until a replica stalls for 4 s.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`t${write.userId}`] = state.now;
  },
  routeRead: (read, cluster, state) => {
    const t = state.vars[`t${read.userId}`];
    if (t !== undefined && state.now - t < 1000) return 'primary';
    return cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index;
  },
};
