// Plan a rolling update: how many servers may be added above the fleet (maxSurge) and how many
// may be missing from the servers ready to serve (maxUnavailable), for each deploy below.

/** One deploy: the fleet, what its traffic needs, and what the plan may use. */
export interface Deploy {
  /** Servers running the old version. */
  replicas: number;
  /** Servers that must be ready to serve at every moment, or the traffic overloads them. */
  neededServers: number;
  /** Extra machines the quota allows while the update runs. */
  spareServers: number;
  /** Time a new server takes to start and pass its readiness probe, ms. */
  startupMs: number;
  /** The whole fleet must run the new version within this time, ms. */
  deadlineMs: number;
}

export function plan(deploy: Deploy): { maxSurge: number; maxUnavailable: number } {
  // One server at a time: safe, but far too slow for a big fleet or a tight deadline.
  // TODO: use what the deploy allows: the spare machines and the servers the traffic can spare.
  void deploy;
  return { maxSurge: 1, maxUnavailable: 0 };
}
