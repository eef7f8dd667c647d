/**
 * @expect pass
 * Filters the replicas that show the user's last write and picks one of them with the seeded
 * random; the primary only when the list is empty. Math.max keeps the newest position.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    const key = String(write.userId);
    state.vars[key] = Math.max(state.vars[key] ?? 0, write.position);
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars[String(read.userId)] ?? 0;
    const fresh = cluster.replicas.filter((r) => r.appliedPosition >= last);
    if (fresh.length === 0) return 'primary';
    return fresh[Math.floor(state.random() * fresh.length)]!.index;
  },
};
