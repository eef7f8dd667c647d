/**
 * @expect fail: Capacity never drops
 * Cheapest batch on machines: smallest batch for the deadline, all of it as unavailability (no extra
 * machine), without checking that the ready servers still cover the traffic.
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
  const periods = Math.max(1, Math.floor(deploy.deadlineMs / deploy.startupMs));
  const batch = Math.max(1, Math.ceil(deploy.replicas / periods));
  return { maxSurge: 0, maxUnavailable: batch };
}
