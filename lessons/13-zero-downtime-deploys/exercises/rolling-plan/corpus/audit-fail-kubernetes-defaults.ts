/**
 * @expect fail: Never runs more
 * Copies Kubernetes defaults (25 % surge rounded up, 25 % unavailable rounded down) without looking
 * at the spare machines or at the servers the traffic needs.
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
    maxSurge: Math.ceil(deploy.replicas * 0.25),
    maxUnavailable: Math.floor(deploy.replicas * 0.25),
  };
}
