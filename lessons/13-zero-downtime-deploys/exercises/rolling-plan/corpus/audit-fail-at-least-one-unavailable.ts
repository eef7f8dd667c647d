/**
 * @expect fail: Capacity never drops
 * Guards against "both 0" on the wrong side: always lets at least one server go, even on the deploy
 * whose traffic needs every server.
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
    maxUnavailable: Math.max(1, deploy.replicas - deploy.neededServers),
  };
}
