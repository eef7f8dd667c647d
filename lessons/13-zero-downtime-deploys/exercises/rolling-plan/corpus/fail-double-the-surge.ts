/**
 * @expect fail: Never runs more
 * Thinks the surge counts in pairs (one starting, one draining) and doubles the spare machines.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return { maxSurge: 2 * d.spareServers, maxUnavailable: d.replicas - d.neededServers };
}
