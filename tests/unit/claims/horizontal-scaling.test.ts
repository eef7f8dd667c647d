/**
 * Claims of chapter 5 (horizontal scaling), computed from the simulation beside the prose and
 * from the N+1 formula, so an engine change can never silently make the text false.
 */
import { describe, expect, it } from 'vitest';
import { machineSize, simulate } from 'archlab';
import fleet, {
  EQUAL_FLEETS,
  scenario,
} from '../../../lessons/05-horizontal-scaling/simulations/fleet.ts';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
  type SimulationOutput,
} from '../../../components/simulation/define.ts';

function figure(out: SimulationOutput, label: string): number {
  const f = out.figures.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no figure ${label}`);
  return f.value;
}

/** The simulation as the page runs it: its defaults, overridden by `params`, and its own seed. */
function page(sim: AnySimulation, params: Record<string, number | string> = {}): SimulationOutput {
  return runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
}

const SEED = fleet.seed ?? 5;
const lost = (r: ReturnType<typeof simulate>) =>
  ((r.summary.dropped + r.summary.failed) / r.summary.arrived) * 100;

describe('A fleet under failure (4 small servers, 240 req/s)', () => {
  const calm = simulate(scenario('small', 4, 240, 0), { seed: SEED });
  const crash = simulate(scenario('small', 4, 240, 1), { seed: SEED });
  const two = simulate(scenario('small', 4, 240, 2), { seed: SEED });

  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // Seconds 17–29: the three survivors carry the load (80 % busy instead of 60 %).
  const windowP95 = (r: ReturnType<typeof simulate>) =>
    mean(r.series.metrics.latencyP95Ms.slice(17, 29));

  it('one crash: p95 while it is down rises by about half; the whole run by about a quarter', () => {
    const during = windowP95(crash) / windowP95(calm);
    expect(during).toBeGreaterThan(1.3);
    expect(during).toBeLessThan(1.8);
    const run = crash.summary.latencyMs.p95 / calm.summary.latencyMs.p95;
    expect(run).toBeGreaterThan(1.1);
    expect(run).toBeLessThan(1.4);
    expect(lost(crash)).toBeLessThan(1);
    expect(lost(crash)).toBeGreaterThan(0);
  });

  it('one crash: the three others go from 60 to 80 requests per second each', () => {
    const up = crash.series.servers.slice(1);
    // Seconds 20–29: well after the health checks took web-1 out.
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const s of up) {
      expect(mean(s.metrics.throughputPerSec.slice(4, 13))).toBeGreaterThan(50);
      expect(mean(s.metrics.throughputPerSec.slice(4, 13))).toBeLessThan(70);
      expect(mean(s.metrics.throughputPerSec.slice(20, 29))).toBeGreaterThan(70);
      expect(mean(s.metrics.throughputPerSec.slice(20, 29))).toBeLessThan(90);
    }
  });

  it('two crashes: the two left overflow — latency reaches seconds and requests are refused', () => {
    expect(
      Math.max(...two.series.metrics.latencyP95Ms.filter((v) => !Number.isNaN(v))),
    ).toBeGreaterThan(1000);
    expect(two.summary.dropped).toBeGreaterThan(0);
  });

  it('the health checks notice a crash within two failed probes one second apart: up to 2 s', () => {
    const hc = scenario('small', 4, 240, 1).loadBalancer!.healthCheck!;
    expect((hc.intervalMs ?? NaN) * (hc.unhealthyThreshold ?? NaN)).toBe(2000);
  });

  it('one server: a crash loses everything while it is down', () => {
    const one = simulate(scenario('small', 1, 60, 1), { seed: SEED });
    const during = one.series.metrics.serversUp.slice(16, 28);
    expect(Math.max(...during)).toBe(0);
  });
});

describe('N+1, the worked example', () => {
  it('900 req/s × 20 ms on 2-core servers at ≤ 70 %: 13 + 1 = 14, 69 % busy with one down', () => {
    const busy = 900 * 0.02;
    expect(busy).toBeCloseTo(18);
    const n = Math.ceil(busy / (2 * 0.7));
    expect(n).toBe(13);
    expect(busy / (13 * 2)).toBeCloseTo(0.692, 3);
  });
});

describe('horizontal-scaling/fleet as the page shows it (moved from scaling-simulations.test.ts)', () => {
  it('defaults: 4 servers, 240 req/s, one crash; under 1 % lost and the other three 80 % loaded', () => {
    const out = page(fleet);
    expect(figure(out, 'Fleet capacity')).toBe(400);
    expect(figure(out, 'Load with everything up')).toBeCloseTo(60, 6);
    expect(figure(out, 'Lost requests')).toBeLessThan(1);
    expect(figure(out, 'Load with the failed servers down')).toBeCloseTo(80, 6);
  });

  it('two crashes out of four overload the rest', () => {
    const out = page(fleet, { failing: '2' });
    expect(figure(out, 'Latency p95')).toBeGreaterThan(1000);
  });
});

describe('one big machine or many small ones (16 cores at 60 %)', () => {
  const EQUAL = [
    ['xlarge', 1],
    ['medium', 4],
    ['micro', 16],
  ] as const;
  const p95 = EQUAL.map(
    ([size, count]) =>
      simulate(scenario(size, count, ((16 * 1000) / 20) * 0.6, 0, 10_000), { seed: SEED }).summary
        .latencyMs.p95,
  );

  it('capacity left with one machine down: 0 %, 75 %, 94 %', () => {
    expect(EQUAL.map(([, n]) => Math.round(((n - 1) / n) * 100))).toEqual([0, 75, 94]);
  });

  it('p95: the single machine lowest, four close to it, sixteen separate queues highest', () => {
    expect(p95[0]!).toBeLessThan(p95[2]!);
    expect(p95[1]!).toBeLessThan(p95[2]!);
    expect(Math.abs(p95[1]! - p95[0]!)).toBeLessThan(0.25 * p95[0]!);
  });
});

describe('horizontal-scaling/fleet price bars (linear prices within a family)', () => {
  it('the same 16 cores cost the same however they are split: equal price per core at every size', () => {
    const out = page(fleet);
    const chart = out.series.find((s) =>
      s.title.startsWith('Same 16 cores, one big or many small'),
    )!;
    const prices = chart.lines.find((l) => l.label.startsWith('Price'))!.points.map((p) => p[1]);
    expect(prices).toHaveLength(EQUAL_FLEETS.length);
    const perCore = EQUAL_FLEETS.map((f, i) => prices[i]! / (machineSize(f.size).cores * f.count));
    EQUAL_FLEETS.forEach((f) => expect(machineSize(f.size).cores * f.count).toBe(16));
    for (const p of perCore) expect(p).toBeCloseTo(perCore[0]!, 9);
  });
});
