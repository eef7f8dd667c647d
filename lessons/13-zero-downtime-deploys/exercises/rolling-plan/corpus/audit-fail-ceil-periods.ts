/**
 * @expect fail: Finishes before
 * Smallest batch, but counts the startup periods that fit with Math.ceil instead of Math.floor, so it
 * plans one period more than the deadline holds and finishes late.
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
  const periods = Math.max(1, Math.ceil(deploy.deadlineMs / deploy.startupMs));
  const batch = Math.max(1, Math.ceil(deploy.replicas / periods));
  const canSpare = Math.max(0, deploy.replicas - deploy.neededServers);
  const maxSurge = Math.min(deploy.spareServers, batch);
  const maxUnavailable = Math.min(canSpare, batch - maxSurge);
  return { maxSurge, maxUnavailable: maxSurge + maxUnavailable === 0 ? 1 : maxUnavailable };
}
