/**
 * @expect pass
 * Keeps a Map of user to position in state.data and tries the replicas in turn, starting from a rotating one.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    const seen = (state.data.seen ??= new Map<number, number>()) as Map<number, number>;
    seen.set(write.userId, write.position);
  },
  routeRead: (read, cluster, state) => {
    const seen = (state.data.seen ??= new Map<number, number>()) as Map<number, number>;
    const need = seen.get(read.userId) ?? 0;
    const n = cluster.replicas.length;
    const start = (state.vars.turn = ((state.vars.turn ?? 0) + 1) % 1000);
    for (let k = 0; k < n; k++) {
      const r = cluster.replicas[(start + k) % n]!;
      if (r.appliedPosition >= need) return r.index;
    }
    return 'primary';
  },
};
