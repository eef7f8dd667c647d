/**
 * @expect pass
 * Uses all the room the deploy allows: every spare machine as surge, every server the traffic can
 * spare as unavailability. The fastest plan that never breaks the two limits.
 */
/** One deploy: the fleet, what its traffic needs, and what the plan may use. */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(deploy: Deploy): { maxSurge: number; maxUnavailable: number } {
  const maxSurge = Math.min(deploy.spareServers, deploy.replicas);
  const maxUnavailable = Math.max(
    0,
    Math.min(deploy.replicas, deploy.replicas - deploy.neededServers),
  );
  return { maxSurge, maxUnavailable };
}
