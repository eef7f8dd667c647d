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
  // Surge is bounded by the machines we may add; unavailability by the servers the traffic can
  // do without. Ready servers never fall below replicas − maxUnavailable = neededServers.
  // Each startup period then replaces maxSurge + maxUnavailable servers: the fastest safe plan.
  return {
    maxSurge: deploy.spareServers,
    maxUnavailable: deploy.replicas - deploy.neededServers,
  };
}
