/**
 * @expect pass
 * Round robin over the replicas with its counter in state.vars, skipping any replica that has not
 * applied the reader's last write; the primary when all of them are behind (or none is up).
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars['w' + write.userId] = write.position;
  },
  routeRead: (read, cluster, state) => {
    const last = state.vars['w' + read.userId] ?? 0;
    const n = cluster.replicas.length;
    const start = state.vars['next'] ?? 0;
    for (let k = 0; k < n; k++) {
      const r = cluster.replicas[(start + k) % n]!;
      if (r.appliedPosition >= last) {
        state.vars['next'] = (start + k + 1) % n;
        return r.index;
      }
    }
    return 'primary';
  },
};
