/**
 * @expect fail: A fresh load balancer starts
 * Keeps its counter in a module variable instead of state.vars, so the next run starts mid-cycle.
 */
import type { StrategyFn } from 'archlab';

let turn = 0;

export const roundRobin: StrategyFn = (servers) => {
  const position = turn % servers.length;
  turn++;
  return position;
};
