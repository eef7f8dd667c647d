/**
 * @expect fail: Returns settings
 * Returns fractions of the fleet (0.2 for 20 %), as a percentage would be written, instead of server counts.
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
    maxSurge: d.spareServers / d.replicas,
    maxUnavailable: (d.replicas - d.neededServers) / d.replicas,
  };
}
