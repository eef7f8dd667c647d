/**
 * @expect fail: Never runs more
 * Uses Kubernetes' defaults of 25 % each (surge rounded up, unavailability rounded down) whatever the quota.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  return {
    maxSurge: Math.ceil(d.replicas * 0.25),
    maxUnavailable: Math.floor(d.replicas * 0.25),
  };
}
