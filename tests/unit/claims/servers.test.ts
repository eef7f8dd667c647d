/**
 * Claims of chapter 1 (lessons/01-servers): every number and direction its prose states about the
 * one-server simulation or a queueing formula, computed from that same simulation or formula.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from 'archlab';
import { runSimulation, type AnySimulation } from '../../../components/simulation/define.ts';
import {
  capacityPerSec,
  littlesLaw,
  mm1ResponseMs,
  utilisation,
} from '../../../engine/theory/queueing.ts';
import oneServer, {
  meanResponseMs,
  scenario,
  QUEUE_CAPACITY,
} from '../../../lessons/01-servers/simulations/one-server.ts';

const sim: AnySimulation = oneServer;

/** Figure value by label prefix. */
function figure(out: ReturnType<typeof runSimulation>, label: string): number {
  const f = out.figures.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no figure ${label}`);
  return f.value;
}

/** The simulation's main run alone (no latency sweep): fast enough to repeat over seeds. */
const run = (
  rate: number,
  serviceMs: number,
  cores: number,
  mode: 'random' | 'steady',
  seed = 12,
) => simulate(scenario(rate, serviceMs, cores, mode), { seed });

describe('servers: CPU capacity and utilisation', () => {
  it('20 ms of CPU gives 50 req/s per core, 200 with four; ρ = 0.8 at 40 req/s on one core', () => {
    expect(capacityPerSec(20, 1)).toBeCloseTo(50, 9);
    expect(capacityPerSec(20, 4)).toBeCloseTo(200, 9);
    expect(utilisation(40, 20, 1)).toBeCloseTo(0.8, 9);
    expect(utilisation(40, 20, 2)).toBeCloseTo(0.4, 9);
    expect(utilisation(50, 20, 1)).toBeCloseTo(1, 9);
    expect(utilisation(60, 20, 1)).toBeCloseTo(1.2, 9);
  });

  it('at 60 req/s on one 20 ms core the queue grows by about 10 a second until it is full', () => {
    const r = run(60, 20, 1, 'random', 3);
    const q = r.series.metrics.queueLength ?? [];
    const at = (s: number) => q[r.series.t.findIndex((t) => t >= s * 1000)]!;
    // 10 requests per second more than one core can finish: ~50 waiting after 5 s.
    expect(at(5)).toBeGreaterThan(30);
    expect(at(5)).toBeLessThan(70);
    expect(Math.max(...q.filter(Number.isFinite))).toBeLessThanOrEqual(QUEUE_CAPACITY);
    expect(r.summary.dropped).toBeGreaterThan(0);
  });
});

describe('servers: workers are not cores (Little’s law)', () => {
  it('40 req/s × (20 ms CPU + 80 ms waiting) keeps 4 requests in progress, the core 80 % busy', () => {
    expect(littlesLaw(40, 100)).toBeCloseTo(4, 9);
    expect(utilisation(40, 20, 1)).toBeCloseTo(0.8, 9);
  });
});

describe('servers: the M/M/1 table and the p95 factor', () => {
  it('mean latency S/(1−ρ) at S = 20 ms: 40, 100, 200, 400, 2000 ms', () => {
    const rows: [number, number][] = [
      [0.5, 40],
      [0.8, 100],
      [0.9, 200],
      [0.95, 400],
      [0.99, 2000],
    ];
    for (const [rho, ms] of rows) expect(mm1ResponseMs(rho * 50, 20)).toBeCloseTo(ms, 6);
    // "50 % to 80 % costs 60 ms; 90 % to 99 % costs 1.8 s"
    expect(mm1ResponseMs(40, 20) - mm1ResponseMs(25, 20)).toBeCloseTo(60, 6);
    expect(mm1ResponseMs(49.5, 20) - mm1ResponseMs(45, 20)).toBeCloseTo(1800, 6);
  });

  it('p95 = ln 20 ≈ 3.0 × the mean in M/M/1: about 300 ms at ρ = 0.8, and the simulation agrees', () => {
    expect(Math.log(20)).toBeCloseTo(3.0, 1);
    expect(Math.log(20) * mm1ResponseMs(40, 20)).toBeGreaterThan(295);
    expect(Math.log(20) * mm1ResponseMs(40, 20)).toBeLessThan(305);
    // Pooled over seeds, the simulated p95 ÷ mean of the M/M/1 server is close to 3.
    const ratios = [1, 2, 3, 4, 5].map((seed) => {
      const s = run(40, 20, 1, 'random', seed).summary.latencyMs;
      return s.p95 / s.mean;
    });
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(2.7);
    expect(mean).toBeLessThan(3.3);
  });

  it('at ρ = 0.8, L = 4 in the server: ρ = 0.8 in service and ρ²/(1−ρ) = 3.2 waiting', () => {
    const rho = 0.8;
    expect(littlesLaw(40, mm1ResponseMs(40, 20))).toBeCloseTo(4, 9);
    expect(rho / (1 - rho)).toBeCloseTo(4, 9);
    expect((rho * rho) / (1 - rho)).toBeCloseTo(3.2, 9);
    expect(rho + (rho * rho) / (1 - rho)).toBeCloseTo(4, 9);
  });
});

describe('servers/one-server: the things to try', () => {
  it('p95 at the defaults lies between about 220 and 420 ms from seed to seed', () => {
    const p95s = [1, 2, 3, 4, 5, 6, 7, 8, 12].map(
      (seed) => run(40, 20, 1, 'random', seed).summary.latencyMs.p95,
    );
    expect(Math.min(...p95s)).toBeGreaterThan(200);
    expect(Math.max(...p95s)).toBeLessThan(440);
  });

  it('p95 grows faster with every step from 40 towards 50 req/s', () => {
    const p95 = [40, 42, 44, 46, 48].map((rate) => {
      const seeds = [1, 2, 3];
      return (
        seeds.reduce((s, seed) => s + run(rate, 20, 1, 'random', seed).summary.latencyMs.p95, 0) / 3
      );
    });
    for (let i = 1; i < p95.length; i++) expect(p95[i]!).toBeGreaterThan(p95[i - 1]!);
    expect(p95[4]! - p95[3]!).toBeGreaterThan(p95[1]! - p95[0]!);
  });

  it('a second core at 45 req/s: load 45 %, mean from about 200 ms to about 25 ms', () => {
    expect(meanResponseMs(45, 20, 1)).toBeCloseTo(200, 6);
    expect(meanResponseMs(45, 20, 2)).toBeCloseTo(25.08, 2);
    const two = run(45, 20, 2, 'random').summary;
    expect(two.utilisation).toBeGreaterThan(0.4);
    expect(two.utilisation).toBeLessThan(0.5);
    expect(two.latencyMs.mean).toBeGreaterThan(22);
    expect(two.latencyMs.mean).toBeLessThan(28);
  });

  it('evenly spaced arrivals with identical work: nothing waits below 100 %', () => {
    for (const rate of [25, 40, 45, 49]) {
      const s = run(rate, 20, 1, 'steady').summary;
      expect(s.latencyMs.p95).toBeCloseTo(20, 6);
      expect(s.latencyMs.mean).toBeCloseTo(20, 6);
    }
  });
});

// Moved from tests/unit/simulations.test.ts: the simulation against queueing theory.
describe('servers/one-server against queueing theory', () => {
  // Measured utilisation over 28 s is within 5 percentage points of λ·S/c for these seeds.
  const TOLERANCE_PERCENT = 5;
  const cases = [
    { ratePerSec: 20, serviceMs: 20, cores: 1 },
    { ratePerSec: 40, serviceMs: 20, cores: 1 },
    { ratePerSec: 45, serviceMs: 20, cores: 1 },
    { ratePerSec: 60, serviceMs: 30, cores: 2 },
    { ratePerSec: 150, serviceMs: 40, cores: 8 },
  ];

  it.each(cases)('utilisation ≈ λ·S/c for %o', (c) => {
    const out = runSimulation(sim, { ...c, mode: 'random' }, 42);
    const expected = ((c.ratePerSec * c.serviceMs) / 1000 / c.cores) * 100;
    expect(figure(out, 'Load')).toBeCloseTo(expected, 6);
    expect(Math.abs(figure(out, 'Utilisation') - expected)).toBeLessThanOrEqual(TOLERANCE_PERCENT);
  });

  it('saturates at 100 % and drops requests when λ·S/c > 1', () => {
    const out = runSimulation(sim, { ratePerSec: 80, serviceMs: 20, cores: 1, mode: 'random' }, 42);
    expect(figure(out, 'Utilisation')).toBeGreaterThan(97);
    expect(figure(out, 'Throughput')).toBeLessThan(52);
    expect(figure(out, 'Dropped')).toBeGreaterThan(20);
  });

  it('has p95 latency that grows sharply as utilisation nears 1', () => {
    const p95 = (rate: number) =>
      figure(
        runSimulation(sim, { ratePerSec: rate, serviceMs: 20, cores: 1, mode: 'random' }, 42),
        'Latency p95',
      );
    expect(p95(45)).toBeGreaterThan(3 * p95(20));
  });

  it('uses the M/M/1 mean S/(1−ρ) for one core', () => {
    expect(meanResponseMs(40, 20, 1)).toBeCloseTo(100, 9);
    expect(meanResponseMs(25, 20, 1)).toBeCloseTo(40, 9);
    expect(meanResponseMs(50, 20, 1)).toBe(Infinity);
  });

  it('matches the Erlang C mean for two cores (M/M/2 at ρ = 0.45 → 25.08 ms)', () => {
    expect(meanResponseMs(45, 20, 2)).toBeCloseTo(25.08, 2);
  });
});
