/**
 * @expect fail: Finishes before
 * Never lets capacity drop (maxUnavailable 0) and surges with every spare machine: safe, but too slow for the tight deadlines, and impossible with no spare machine.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return { maxSurge: d.spareServers, maxUnavailable: 0 };
}
