/**
 * @expect fail: Keeps p95 under
 * Sizes the fleet for 100 % busy: exactly enough servers on paper, long queues in practice.
 */
export interface Observation {
  timeMs: number;
  running: number;
  booting: number;
  arrivalsPerSec: number;
  utilisation: number;
  p95Ms: number;
  lost: number;
  capacityPerServer: number;
}

export function desiredServers(obs: Observation, state: Record<string, number>): number {
  const current = obs.running + obs.booting;
  const wanted = Math.max(1, Math.ceil(obs.arrivalsPerSec / obs.capacityPerServer));
  if (wanted >= current) {
    state['quiet'] = 0;
    return wanted;
  }
  state['quiet'] = (state['quiet'] ?? 0) + 1;
  if (state['quiet'] < 3) return current;
  state['quiet'] = 0;
  return wanted;
}
