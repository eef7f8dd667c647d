/**
 * @expect pass
 * Remembers when each user's last write was acknowledged; a replica whose lag is smaller than the time since then has applied it.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`at:${write.userId}`] = state.now;
  },
  routeRead: (read, cluster, state) => {
    const at = state.vars[`at:${read.userId}`];
    const since = at === undefined ? Infinity : state.now - at;
    const ok = cluster.replicas.filter((r) => r.lagMs < since);
    if (ok.length === 0) return 'primary';
    return ok[Math.floor(state.random() * ok.length)]!.index;
  },
};
