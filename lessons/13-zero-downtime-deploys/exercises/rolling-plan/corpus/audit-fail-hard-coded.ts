/**
 * @expect fail: Capacity never drops
 * Hard-codes the chapter's 80 s example (surge 2, unavailable 1) for every deploy.
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
  void deploy;
  return { maxSurge: 2, maxUnavailable: 1 };
}
