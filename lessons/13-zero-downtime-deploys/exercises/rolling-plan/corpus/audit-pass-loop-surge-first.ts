/**
 * @expect pass
 * Grows the plan one server at a time, surge before unavailability (keeps capacity up), until the
 * rollout time ceil(replicas ÷ (surge + unavailable)) × startup fits the deadline or nothing is left.
 */
/** One deploy: the fleet, what its traffic needs, and what the plan may use. */
export interface Deploy {
  replicas: number;
  neededServers: number;
  spareServers: number;
  startupMs: number;
  deadlineMs: number;
}

function duration(d: Deploy, surge: number, unavailable: number): number {
  return Math.ceil(d.replicas / (surge + unavailable)) * d.startupMs;
}

export function plan(deploy: Deploy): { maxSurge: number; maxUnavailable: number } {
  const surgeCap = Math.min(deploy.spareServers, deploy.replicas);
  const unavailableCap = Math.max(0, deploy.replicas - deploy.neededServers);
  let surge = 0;
  let unavailable = 0;
  while (surge + unavailable === 0 || duration(deploy, surge, unavailable) > deploy.deadlineMs) {
    if (surge < surgeCap) surge++;
    else if (unavailable < unavailableCap) unavailable++;
    else break;
  }
  return { maxSurge: surge, maxUnavailable: unavailable };
}
