/**
 * @expect fail: Every read shows the reader
 * Sends only the page right after a write (afterOwnWrite) to the primary: the user's next pages, a moment later, can still hit a replica that is behind.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (read, cluster, state) => {
    if (read.afterOwnWrite) return 'primary';
    return cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index;
  },
};
