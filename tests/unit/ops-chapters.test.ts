/**
 * What the prose of chapter 8 (chapters 9–11: tests/unit/claims/) claims about their simulations, checked on the engine with the
 * same seeds the pages use.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../components/simulation/define.ts';
import crashLogs from '../../lessons/08-logging/simulations/crash-logs.ts';

const run = (def: unknown, params: Record<string, unknown>) => {
  const sim = def as AnySimulation;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};

describe('logging/crash-logs', () => {
  it('local logs lose the crashed server’s whole history, shipped logs at most a batch', () => {
    const local = run(crashLogs, { mode: 'local' });
    const shipped = run(crashLogs, { mode: 'shipped' });
    expect(local('Lines lost')).toBeGreaterThan(10 * shipped('Lines lost'));
    expect(shipped('Lines lost')).toBeLessThan(100);
    expect(local('web1 errors in its last 5 s: readable')).toBe(0);
    expect(shipped('web1 errors in its last 5 s: readable')).toBeGreaterThan(0);
  });

  it('big batches and rare flushes lose the errors before the crash', () => {
    const big = run(crashLogs, { batchSize: 500, flushIntervalMs: 5000 });
    expect(big('Blind spot')).toBeGreaterThan(3000);
    expect(big('web1 errors in its last 5 s: readable')).toBe(0);
  });
});
