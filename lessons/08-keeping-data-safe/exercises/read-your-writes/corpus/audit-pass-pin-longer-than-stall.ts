/**
 * @expect pass
 * The pinning idea from the chapter with a pin longer than the 4 s stall the goal names: each user
 * reads from the primary for 6 s after a write, from a random replica otherwise. Meets the stated
 * goal if the primary stays under 50 % busy (it should: about a quarter of the users are pinned).
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    state.vars[`t${write.userId}`] = state.now;
  },
  routeRead: (read, cluster, state) => {
    const t = state.vars[`t${read.userId}`];
    if (cluster.replicas.length === 0 || (t !== undefined && state.now - t < 6000))
      return 'primary';
    return cluster.replicas[Math.floor(state.random() * cluster.replicas.length)]!.index;
  },
};
