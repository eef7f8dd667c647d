/**
 * @expect fail: Every read shows the reader
 * Returns the replica’s name instead of its index: the run stops with a message naming what routeRead returned.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (read, cluster) => cluster.replicas[0]?.name ?? 'primary',
};
