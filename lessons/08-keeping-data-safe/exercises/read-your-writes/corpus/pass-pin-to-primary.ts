/**
 * @expect pass
 * After a write, sends that user's reads to the primary for 8 s, longer than any lag the replicas show; other reads go to a random replica.
 */
import type { ReadRouter } from 'archlab';

const PIN_MS = 8000;

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`wrote:${write.userId}`] = state.now;
  },
  routeRead: (read, cluster, state) => {
    const at = state.vars[`wrote:${read.userId}`];
    if (at !== undefined && state.now - at < PIN_MS) return 'primary';
    return cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index;
  },
};
