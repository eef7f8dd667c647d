/**
 * @expect pass
 * Arrival-rate target tracking with hysteresis: grows at 60 %, and after three intervals below
 * shrinks to the largest size they asked for at 50 %, kept in a small window in state.
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
  const at = (u: number) =>
    Math.max(1, Math.ceil(obs.arrivalsPerSec / (obs.capacityPerServer * u)));
  if (at(0.6) > current) {
    state['below'] = 0;
    return at(0.6);
  }
  const roomy = at(0.5);
  if (roomy >= current) {
    state['below'] = 0;
    return current;
  }
  state['below'] = (state['below'] ?? 0) + 1;
  state['window'] = Math.max(state['below'] === 1 ? 0 : (state['window'] ?? 0), roomy);
  if (state['below'] < 3) return current;
  state['below'] = 0;
  return state['window'];
}
