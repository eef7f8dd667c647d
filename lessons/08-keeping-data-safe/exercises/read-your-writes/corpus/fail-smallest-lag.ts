/**
 * @expect fail: Every read shows the reader
 * Always reads from the replica with the smallest lag, believing the freshest replica is fresh enough: a few milliseconds behind is still behind a write made a few milliseconds ago.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (_read, cluster) => {
    let best = cluster.replicas[0]!;
    for (const r of cluster.replicas) if (r.lagMs < best.lagMs) best = r;
    return best.index;
  },
};
