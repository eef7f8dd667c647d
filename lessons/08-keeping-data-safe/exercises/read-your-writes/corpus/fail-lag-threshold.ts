/**
 * @expect fail: Every read shows the reader
 * Uses any replica less than 100 ms behind, as a load balancer's maximum-lag setting does: “fresh enough” for most reads, but not for the page right after a write.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: (_read, cluster, state) => {
    const ok = cluster.replicas.filter((r) => r.lagMs < 100);
    if (ok.length === 0) return 'primary';
    return ok[Math.floor(state.random() * ok.length)]!.index;
  },
};
