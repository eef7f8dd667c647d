/**
 * Every number and direction chapter 4 (vertical scaling) states about its catalogue, its formulas
 * and its simulation, computed from the same catalogue, formulas and simulation.
 */
import { describe, expect, it } from 'vitest';
import { largestMachine, machineCatalogue, machineSize, simulate } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
  type SimulationOutput,
} from '../../../components/simulation/define.ts';
import oneMachine, {
  WORKLOADS,
  cpuCapacity,
  memoryCapacity,
  scenario,
} from '../../../lessons/04-vertical-scaling/simulations/one-machine.ts';

function figure(out: SimulationOutput, label: string): number {
  const f = out.figures.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no figure ${label}`);
  return f.value;
}

function run(params: Record<string, number | string> = {}): SimulationOutput {
  const sim: AnySimulation = oneMachine;
  return runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
}

describe('the catalogue, and its ceiling', () => {
  const table = [
    ['micro', 1, 2, 0.025, 50],
    ['small', 2, 4, 0.05, 100],
    ['medium', 4, 8, 0.1, 200],
    ['large', 8, 16, 0.2, 400],
    ['xlarge', 16, 32, 0.4, 800],
    ['xxlarge', 32, 64, 0.8, 1600],
    ['xxxlarge', 64, 128, 1.6, 3200],
  ] as const;

  it.each(table)('%s: %i cores, %i GB, $%s/h, %i req/s of Product API', (name, c, gb, usd, cap) => {
    const m = machineSize(name);
    expect(m.cores).toBe(c);
    expect(m.memoryMb).toBe(gb * 1024);
    expect(m.pricePerHour).toBeCloseTo(usd, 10);
    expect(cpuCapacity(name, WORKLOADS.api)).toBeCloseTo(cap, 10);
    // Price per 1,000 req/s of capacity: $0.50 on every size.
    expect((m.pricePerHour / cap) * 1000).toBeCloseTo(0.5, 10);
  });

  it('each step doubles cores, memory and price', () => {
    expect(machineCatalogue.map((m) => m.name)).toEqual(table.map((r) => r[0]));
    for (let i = 1; i < machineCatalogue.length; i++) {
      const [a, b] = [machineCatalogue[i - 1]!, machineCatalogue[i]!];
      expect(b.cores / a.cores).toBe(2);
      expect(b.memoryMb / a.memoryMb).toBe(2);
      expect(b.pricePerHour / a.pricePerHour).toBeCloseTo(2, 10);
    }
  });

  it('4,000 req/s × 20 ms = 80 busy cores: more than the largest machine has', () => {
    expect((4000 * 20) / 1000).toBe(80);
    expect(largestMachine.cores).toBeLessThan(80);
  });
});

describe('more cores, and Amdahl’s law', () => {
  const speedup = (serial: number, n: number) => 1 / (serial + (1 - serial) / n);
  it('with 10 % serial, 64 cores give about 8.8 times one core, and never more than 10', () => {
    expect(speedup(0.1, 64)).toBeCloseTo(8.8, 1);
    expect(speedup(0.1, 1e9)).toBeLessThan(10);
    expect(speedup(0.1, 1e9)).toBeCloseTo(10, 5);
  });
});

describe('what runs out first: CPU or memory', () => {
  it('Product API at 300 req/s: ρ = 1.5 on medium, 0.75 on large', () => {
    expect((300 * 0.02) / 4).toBeCloseTo(1.5, 10);
    expect((300 * 0.02) / 8).toBeCloseTo(0.75, 10);
  });

  it('Checkout at 200 req/s: 62 in progress, 6,700 MB ≈ 6.5 GB, ρ = 0.5 on medium, RAM over 80 % full', () => {
    const w = WORKLOADS.checkout;
    const inProgress = (200 * (w.cpuMs + w.waitMs)) / 1000;
    expect(inProgress).toBeCloseTo(62, 10);
    const mb = w.baseMemoryMb + inProgress * w.memoryPerRequestMb;
    expect(mb).toBeCloseTo(6700, 6);
    expect(mb / 1024).toBeCloseTo(6.5, 1);
    expect(machineSize('medium').memoryMb).toBe(8192);
    expect((200 * 0.01) / 4).toBe(0.5);
    expect(mb / machineSize('medium').memoryMb).toBeGreaterThan(0.8);
  });

  it('Checkout on medium: RAM full at ≈ 248 req/s, cores at 400; RAM first on every size', () => {
    expect(memoryCapacity('medium', WORKLOADS.checkout)).toBeCloseTo(248.1, 1);
    expect(cpuCapacity('medium', WORKLOADS.checkout)).toBe(400);
    for (const m of machineCatalogue)
      expect(memoryCapacity(m.name, WORKLOADS.checkout)).toBeLessThan(
        cpuCapacity(m.name, WORKLOADS.checkout),
      );
  });
});

describe('one machine under a growing load (the simulation)', () => {
  it('the Product API on medium goes bad a little before its CPU capacity (200 req/s), then loses requests', () => {
    const out = run();
    const at = figure(out, 'Went bad at');
    expect(at).toBeGreaterThan(160);
    expect(at).toBeLessThan(200);
    expect(figure(out, 'Lost requests')).toBeGreaterThan(0);
  });

  it('on large (peak 500) the knee moves to about 400 req/s and memory stays under a fifth of RAM', () => {
    const out = run({ size: 'large', peak: 500 });
    const at = figure(out, 'Went bad at');
    expect(at).toBeGreaterThan(330);
    expect(at).toBeLessThan(420);
    const r = simulate(scenario('large', WORKLOADS.api, 500, 'swap'), { seed: oneMachine.seed });
    const peak = Math.max(...r.series.metrics.memoryMb) / machineSize('large').memoryMb;
    expect(peak).toBeLessThan(0.2);
  });

  describe('Checkout on medium pages: CPU falls while latency explodes', () => {
    const r = simulate(scenario('medium', WORKLOADS.checkout, 300, 'swap'), {
      seed: oneMachine.seed,
    });
    const m = r.series.metrics;
    const ram = machineSize('medium').memoryMb;
    const cross = m.memoryMb.findIndex((mb) => mb > ram);

    it('memory crosses 100 % a little before the 248 req/s of the arithmetic, CPU about half busy', () => {
      expect(cross).toBeGreaterThan(0);
      expect(m.arrivalsPerSec[cross]).toBeGreaterThan(200);
      expect(m.arrivalsPerSec[cross]).toBeLessThan(memoryCapacity('medium', WORKLOADS.checkout));
      expect(m.utilisation[cross - 1]).toBeGreaterThan(0.35);
      expect(m.utilisation[cross - 1]).toBeLessThan(0.65);
      const at = figure(run({ workload: 'checkout' }), 'Went bad at');
      expect(at).toBeGreaterThan(180);
      expect(at).toBeLessThan(300);
    });

    it('then major faults appear, iowait climbs above 50 %, CPU drops to a fraction, p95 to seconds', () => {
      const after = (xs: number[]) => xs.slice(cross + 3);
      expect(Math.max(...after(m.majorFaultsPerSec))).toBeGreaterThan(0);
      expect(Math.min(...after(m.ioWait))).toBeGreaterThan(0.5);
      const cpuBefore = Math.max(...m.utilisation.slice(0, cross + 1));
      expect(Math.max(...after(m.utilisation))).toBeLessThan(0.5 * cpuBefore);
      expect(r.summary.latencyMs.p95).toBeGreaterThan(1000);
    });
  });

  it('with the out-of-memory killer the process dies and restarts, losing requests', () => {
    const r = simulate(scenario('medium', WORKLOADS.checkout, 300, 'crash'), {
      seed: oneMachine.seed,
    });
    expect(r.summary.servers[0]!.crashes).toBeGreaterThan(0);
    expect(r.summary.failed).toBeGreaterThan(0);
  });

  it('xxxlarge at a 4,000 req/s peak saturates somewhere above 3,200 req/s', () => {
    const at = figure(run({ size: 'xxxlarge', peak: 4000 }), 'Went bad at');
    expect(at).toBeGreaterThan(3200);
    expect(at).toBeLessThan(4000);
  });

  it('price per 1,000 req/s of capacity is the same on micro and xxxlarge for the Product API', () => {
    const a = figure(run({ size: 'micro' }), 'Price per 1,000');
    const b = figure(run({ size: 'xxxlarge' }), 'Price per 1,000');
    expect(a).toBeCloseTo(b, 10);
  });

  it('with Checkout, xxxlarge is about a quarter cheaper per request than micro (base memory amortised)', () => {
    const a = figure(run({ size: 'micro', workload: 'checkout' }), 'Price per 1,000');
    const b = figure(run({ size: 'xxxlarge', workload: 'checkout' }), 'Price per 1,000');
    expect(b / a).toBeGreaterThan(0.7);
    expect(b / a).toBeLessThan(0.8);
  });
});
