/**
 * The numbers chapter 4 quotes in its prose, checked against their simulations, so an engine
 * change that breaks a claim fails here rather than silently in the text.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
  type SimulationOutput,
} from '../../components/simulation/define.ts';
import oneMachine, {
  WORKLOADS,
  cpuCapacity,
  memoryCapacity,
} from '../../lessons/04-vertical-scaling/simulations/one-machine.ts';

function figure(out: SimulationOutput, label: string): number {
  const f = out.figures.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no figure ${label}`);
  return f.value;
}

function run(def: unknown, params: Record<string, number | string> = {}): SimulationOutput {
  const sim = def as AnySimulation;
  return runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
}

describe('vertical-scaling/one-machine', () => {
  it('capacities follow cores ÷ S and Little’s law', () => {
    expect(cpuCapacity('medium', WORKLOADS.api)).toBe(200);
    expect(cpuCapacity('xxxlarge', WORKLOADS.api)).toBe(3200);
    // (8192 − 500) MB ÷ 100 MB per request ÷ 0.31 s ≈ 248 req/s.
    expect(memoryCapacity('medium', WORKLOADS.checkout)).toBeCloseTo(248.1, 1);
  });

  it('the Product API on medium goes bad near its CPU capacity (200 req/s)', () => {
    const at = figure(run(oneMachine), 'Went bad at');
    expect(at).toBeGreaterThan(160);
    expect(at).toBeLessThan(230);
  });

  it('Checkout on medium runs out of RAM (about 250 req/s) well before its CPU (400 req/s)', () => {
    const at = figure(run(oneMachine, { workload: 'checkout' }), 'Went bad at');
    expect(at).toBeGreaterThan(180);
    expect(at).toBeLessThan(300);
  });
});
