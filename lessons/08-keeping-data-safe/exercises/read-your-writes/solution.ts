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
  // Remember each user's last write position (in a real app: in the session or a cookie, since
  // the next request may reach another app server).
  afterWrite: (write, state) => {
    state.vars[`user:${write.userId}`] = write.position;
  },
  // Any replica that has applied that position shows the user their own writes; if none has
  // yet, the primary does.
  routeRead: (read, cluster, state) => {
    const mine = state.vars[`user:${read.userId}`] ?? 0;
    const fresh = cluster.replicas.filter((r) => r.appliedPosition >= mine);
    if (fresh.length === 0) return 'primary';
    return fresh[Math.floor(state.random() * fresh.length)]!.index;
  },
};
