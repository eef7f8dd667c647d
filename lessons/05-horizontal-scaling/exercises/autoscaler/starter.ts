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

/** Decide how many servers the fleet should have (running + booting) after this interval. */
export function desiredServers(obs: Observation, state: Record<string, number>): number {
  // A fixed fleet: cheap at night, overwhelmed at the peak.
  // TODO: size the fleet from the traffic: obs.arrivalsPerSec ÷ obs.capacityPerServer is how many
  //       servers would be 100 % busy; aim lower, for example 60 %.
  // TODO: grow at once, but shrink only after several intervals in a row ask for fewer servers
  //       (keep a count in `state`, which persists between calls), or the fleet will flap.
  return 4;
}
