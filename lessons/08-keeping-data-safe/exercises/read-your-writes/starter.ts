// Reads go to the replicas so that the primary has time for the writes. But a replica applies
// each write a little after the primary acknowledged it, and a user who has just saved something
// expects to see it on the next page.
//
// afterWrite(write, state) is called when a user's write is acknowledged: write.userId, and
// write.position, its place in the write-ahead log. routeRead(read, cluster, state) chooses where
// each read goes: 'primary', or the index of one of cluster.replicas (each has appliedPosition,
// lagMs and outstanding). Keep what you need between calls in state.vars.
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  afterWrite: (write, state) => {
    // TODO: remember something about this write?
  },
  routeRead: (read, cluster, state) => {
    // Spread the reads over the replicas at random.
    const i = Math.floor(state.random() * cluster.replicas.length);
    return cluster.replicas[i]!.index;
  },
};
