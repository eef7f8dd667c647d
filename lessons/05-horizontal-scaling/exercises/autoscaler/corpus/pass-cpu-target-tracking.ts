/**
 * @expect pass
 * CPU target tracking, the clouds' common default: scale the busy servers to run at 55 %; a saturated fleet (100 %) still grows by 1/0.55 each interval. Shrinks after three quiet intervals, to a size at 50 %.
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
  const wanted = Math.max(1, Math.ceil((obs.running * obs.utilisation) / 0.55));
  if (wanted >= current) {
    state['calm'] = 0;
    return wanted;
  }
  state['calm'] = (state['calm'] ?? 0) + 1;
  if (state['calm'] < 3) return current;
  state['calm'] = 0;
  return Math.max(wanted, Math.ceil((obs.running * obs.utilisation) / 0.5));
}
