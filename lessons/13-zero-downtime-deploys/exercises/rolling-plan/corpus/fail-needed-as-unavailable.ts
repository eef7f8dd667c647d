/**
 * @expect fail: Capacity never drops
 * Reads maxUnavailable as "how many must stay available" and passes the needed count.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return { maxSurge: d.spareServers, maxUnavailable: d.neededServers };
}
