/**
 * @expect pass
 * Gentlest plan that meets the deadline: tries batches of 1, 2, 3 … servers, surge first, and keeps
 * the first whose duration ⌈replicas ÷ (maxSurge + maxUnavailable)⌉ × startup fits.
 */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

export function plan(d: Deploy) {
  const canLose = d.replicas - d.neededServers;
  for (let batch = 1; batch <= d.spareServers + canLose; batch++) {
    const maxSurge = Math.min(batch, d.spareServers);
    const maxUnavailable = batch - maxSurge;
    const waves = Math.ceil(d.replicas / batch);
    if (waves * d.startupMs <= d.deadlineMs) return { maxSurge, maxUnavailable };
  }
  return { maxSurge: d.spareServers, maxUnavailable: canLose };
}
