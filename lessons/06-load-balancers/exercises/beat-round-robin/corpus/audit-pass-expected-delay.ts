/**
 * @expect pass
 * Shortest expected delay: (connections + 1) ÷ (cores × speed), ties broken at random.
 */
import type { StrategyFn } from 'archlab';

export const fastest: StrategyFn = (servers, _request, state) => {
  let best: number[] = [];
  let bestDelay = Infinity;
  servers.forEach((s, i) => {
    const delay = (s.connections + 1) / (s.cores * s.speed);
    if (delay < bestDelay - 1e-12) {
      bestDelay = delay;
      best = [i];
    } else if (Math.abs(delay - bestDelay) <= 1e-12) best.push(i);
  });
  return best[Math.floor(state.random() * best.length)]!;
};
