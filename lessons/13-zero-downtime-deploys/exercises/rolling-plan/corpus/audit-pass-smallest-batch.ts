/**
 * @expect pass
 * Works out the smallest batch that meets the deadline (periods that fit = floor(deadline ÷ startup),
 * batch = ceil(replicas ÷ periods)) and fills it with free unavailability first, then surge.
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
  const canSpare = Math.max(0, deploy.replicas - deploy.neededServers);
  const maxUnavailable = Math.min(canSpare, batch);
  const maxSurge = Math.min(deploy.spareServers, Math.max(0, batch - maxUnavailable));
  return { maxSurge, maxUnavailable };
}
