/**
 * @expect pass
 * Weighted least connections, connections ÷ (cores × speed); among equals the fastest server wins.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers) => {
  let best = servers[0]!;
  for (const s of servers) {
    const load = s.connections / (s.cores * s.speed);
    const bestLoad = best.connections / (best.cores * best.speed);
    if (load < bestLoad || (load === bestLoad && s.speed * s.cores > best.speed * best.cores)) {
      best = s;
    }
  }
  return best;
};
