/**
 * The numbers chapters 4–6 quote in their prose, checked against their simulations, so an engine
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
import fleet from '../../lessons/05-horizontal-scaling/simulations/fleet.ts';
import compare from '../../lessons/06-load-balancers/simulations/compare-strategies.ts';

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

describe('horizontal-scaling/fleet', () => {
  it('one crash out of four at 60 % load loses under 1 % of requests', () => {
    const out = run(fleet);
    expect(figure(out, 'Lost requests')).toBeLessThan(1);
    expect(figure(out, 'Load with the failed servers down')).toBeCloseTo(80, 6);
  });

  it('two crashes out of four overload the rest', () => {
    const out = run(fleet, { failing: '2' });
    expect(figure(out, 'Latency p95')).toBeGreaterThan(1000);
  });
});

describe('load-balancers/compare-strategies', () => {
  it('at 60 % load on unequal servers round robin’s p99 is over ten times least connections’', () => {
    const out = run(compare);
    expect(figure(out, 'A p99')).toBeGreaterThan(10 * figure(out, 'B p99'));
    expect(figure(out, 'B lost')).toBe(0);
  });

  it('without health checks, least connections loses more than round robin when a server dies', () => {
    const out = run(compare, { failing: 'mid', healthChecks: 'off' });
    expect(figure(out, 'B lost')).toBeGreaterThan(figure(out, 'A lost'));
  });
});
