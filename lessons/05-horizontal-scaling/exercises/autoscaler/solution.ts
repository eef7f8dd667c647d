// An autoscaler adds servers when traffic grows and removes them when it falls, so you pay for
// what the traffic needs rather than for the peak all day. Every 10 s it reads the last
// interval's metrics and answers one question: how many servers should the fleet have?
// A server you ask for takes one interval (10 s) to boot before it serves traffic.

/** What the autoscaler sees at the end of each 10 s interval. */
export interface Observation {
  /** End of the interval just measured, ms since the start. */
  timeMs: number;
  /** Servers that served traffic during the interval. */
  running: number;
  /** Servers started but still booting (they serve from the next interval). */
  booting: number;
  /** Requests per second that arrived during the interval. */
  arrivalsPerSec: number;
  /** Mean CPU busy fraction of the running servers, 0..1. */
  utilisation: number;
  /** p95 latency of the interval, ms (NaN if nothing completed). */
  p95Ms: number;
  /** Requests refused or failed during the interval. */
  lost: number;
  /** Requests per second one server answers at 100 % CPU. */
  capacityPerServer: number;
}

/** Grow when the traffic would push the fleet above this utilisation. */
const SCALE_OUT_AT = 0.6;
/** Shrink only to a size that would run at this lower utilisation: the gap stops flapping. */
const SCALE_IN_TO = 0.5;
/** Intervals in a row that must ask for fewer servers before the fleet shrinks. */
const SCALE_IN_AFTER = 3;

/**
 * Target tracking (as in AWS or Kubernetes): size the fleet from the measured traffic. Grow at
 * once; shrink only when several intervals in a row agree, to the largest size they asked for,
 * so a short dip or a little noise never removes servers that are needed again a moment later.
 */
export function desiredServers(obs: Observation, state: Record<string, number>): number {
  const current = obs.running + obs.booting;
  // From the arrival rate: CPU would work too, but an overloaded fleet reads 100 % whatever the
  // load, so the arrival rate says at once how far behind the fleet is.
  const serversAt = (utilisation: number) =>
    Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * utilisation)));
  const grow = serversAt(SCALE_OUT_AT);
  const shrink = serversAt(SCALE_IN_TO);
  if (grow > current || shrink >= current) {
    state['quiet'] = 0;
    state['largest'] = 0;
    return Math.max(grow, current);
  }
  const quiet = (state['quiet'] ?? 0) + 1;
  const largest = Math.max(state['largest'] ?? 0, shrink);
  if (quiet < SCALE_IN_AFTER) {
    state['quiet'] = quiet;
    state['largest'] = largest;
    return current;
  }
  state['quiet'] = 0;
  state['largest'] = 0;
  return largest;
}
