/**
 * @expect fail: Every read shows the reader
 * (Found in phase 2.) Remembers a user's position only the first time they write (??=), so after
 * their second write a replica that has their first one looks fresh enough.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`u${write.userId}`] ??= write.position;
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars[`u${read.userId}`] ?? 0;
    const fresh = cluster.replicas.filter((r) => r.appliedPosition >= last);
    if (fresh.length === 0) return 'primary';
    return fresh[Math.floor(state.random() * fresh.length)]!.index;
  },
};
