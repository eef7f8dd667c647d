/**
 * @expect fail: Finishes before
 * Half the idea: uses the spare machines as surge but never lets a server go (unavailable 1 only when
 * there is no spare machine), so the tight-deadline deploys finish late.
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
  if (deploy.spareServers === 0) return { maxSurge: 0, maxUnavailable: 1 };
  return { maxSurge: deploy.spareServers, maxUnavailable: 0 };
}
