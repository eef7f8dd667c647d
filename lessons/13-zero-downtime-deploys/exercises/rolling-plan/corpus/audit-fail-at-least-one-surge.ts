/**
 * @expect fail: Never runs more
 * Keeps the default surge of 1 as a floor ("it can never be 0, can it?"), so the deploy with no spare
 * machine still starts one server above the fleet.
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
    maxSurge: Math.max(1, deploy.spareServers),
    maxUnavailable: Math.max(0, deploy.replicas - deploy.neededServers),
  };
}
