/**
 * @expect fail: Capacity never drops
 * Off by one: takes "needed" as the last server that may go, so maxUnavailable = replicas − needed + 1
 * and the ready servers dip one below what the traffic needs.
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
  return {
    maxSurge: deploy.spareServers,
    maxUnavailable: deploy.replicas - deploy.neededServers + 1,
  };
}
