/**
 * @expect pass
 * Uses every spare machine as surge and every server the traffic can do without as unavailability: the fastest safe plan.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return { maxSurge: d.spareServers, maxUnavailable: d.replicas - d.neededServers };
}
