/**
 * @expect pass
 * CPU target tracking like a cloud's: running × utilisation ÷ 0.6, and a scale-in stabilisation
 * window that keeps the largest recommendation of the last six intervals (one minute).
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
  const recommended = Math.max(1, Math.ceil((obs.running * obs.utilisation) / 0.6));
  const n = state['n'] ?? 0;
  state[`r${n % 6}`] = recommended;
  state['n'] = n + 1;
  let highest = recommended;
  for (let i = 0; i < Math.min(6, n + 1); i++) highest = Math.max(highest, state[`r${i}`]!);
  // Never shrink below what is already booting plus running that the window allows.
  return highest;
}
