/**
 * @expect fail: Every read shows the reader
 * Spreads reads over the replicas at random and forgets about writes: the page after a save often comes from a replica that has not applied it yet.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (_read, cluster, state) =>
    cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index,
};
