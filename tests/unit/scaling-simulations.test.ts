/**
 * The numbers chapters 5–6 quote in their prose, checked against their simulations, so an engine
 * change that breaks a claim fails here rather than silently in the text (chapter 4's claims are in
 * claims/vertical-scaling.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
  type SimulationOutput,
} from '../../components/simulation/define.ts';
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
