/**
 * @expect fail: Capacity never drops
 * Counts the servers the traffic can spare one too many (replicas − needed + 1).
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return { maxSurge: d.spareServers, maxUnavailable: d.replicas - d.neededServers + 1 };
}
