/**
 * @expect fail: Every read shows the reader
 * The chapter's "what does not help": sends every read to the replica with the smallest lagMs,
 * which is still behind a write made milliseconds ago.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (read, cluster) => {
    void read;
    let best = cluster.replicas[0];
    if (!best) return 'primary';
    for (const r of cluster.replicas) if (r.lagMs < best.lagMs) best = r;
    return best.index;
  },
};
