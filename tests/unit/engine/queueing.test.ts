import { describe, expect, it } from 'vitest';
import { SimulationRun, capstoneScenario, simulate, type Scenario } from 'archlab';
import { batchMeans, rel } from './stats.ts';

/** Poisson arrivals at `lambda`/s into `cores` parallel workers of one queue, for about `n` requests. */
function queue(
  lambda: number,
  cores: number,
  service: Scenario['servers'][number]['serviceTime'],
  n: number,
): Scenario {
  return {
    durationMs: (n / lambda) * 1000,
    warmupMs: 50_000,
    resolutionMs: Math.round((n / lambda) * 1000) / 400,
    traffic: { kind: 'poisson', ratePerSec: lambda },
    servers: [{ cores, serviceTime: service }],
  };
}

const EXP_1S = { kind: 'exponential', mean: 1000 } as const;

describe('M/M/1 at ρ = 0.8 (10^6 requests, seed 42)', () => {
  const result = simulate(queue(0.8, 1, EXP_1S, 1e6), { seed: 42 });
  const { summary } = result;

  it('mean response time W = 1/(μ − λ) = 5/μ within 3%', () => {
    expect(rel(summary.latencyMs.mean, 5000)).toBeLessThan(0.03);
  });

  it('batch means: the 95% interval is narrow and contains 5/μ within 3%', () => {
    const bm = batchMeans(result, 50_000);
    expect(bm.halfWidth / bm.mean).toBeLessThan(0.03);
    expect(Math.abs(bm.mean - 5000)).toBeLessThan(bm.halfWidth + 0.03 * 5000);
  });

  it('utilisation = ρ within 1%', () => {
    expect(rel(summary.utilisation, 0.8)).toBeLessThan(0.01);
  });

  it('P(wait) = ρ within 2% (an arrival waits iff the server is busy)', () => {
    expect(rel(summary.waitProbability, 0.8)).toBeLessThan(0.02);
  });

  it('response-time percentiles −W·ln(1 − q) within 3% (DDSketch, 1% relative error)', () => {
    expect(rel(summary.latencyMs.p50, 5000 * Math.log(2))).toBeLessThan(0.03);
    expect(rel(summary.latencyMs.p95, 5000 * Math.log(20))).toBeLessThan(0.03);
    expect(rel(summary.latencyMs.p99, 5000 * Math.log(100))).toBeLessThan(0.03);
  });

  it("Little's law L = λW within 2%, and L = ρ/(1 − ρ) = 4 within 3%", () => {
    const lambda = summary.arrivalRatePerSec / 1000; // per ms
    expect(rel(summary.meanInSystem, lambda * summary.latencyMs.mean)).toBeLessThan(0.02);
    expect(rel(summary.meanInSystem, 4)).toBeLessThan(0.03);
  });
});

describe('M/M/2 at λ = 1.6, μ = 1 (Erlang C, 10^6 requests)', () => {
  const { summary } = simulate(queue(1.6, 2, EXP_1S, 1e6), { seed: 7 });
  // Erlang C with c = 2, a = λ/μ = 1.6: P(wait) = a²/(2 − a) / (1 + a + a²/(2 − a)) = 0.7111.
  const a = 1.6;
  const pWait = a ** 2 / (2 - a) / (1 + a + a ** 2 / (2 - a));
  const w = (pWait / (2 - a) + 1) * 1000;

  it('theory check: P(wait) ≈ 0.711 and W ≈ 2.778 s', () => {
    expect(pWait).toBeCloseTo(0.7111, 3);
    expect(w).toBeCloseTo(2777.8, 0);
  });

  it('P(wait) within 3%', () => {
    expect(rel(summary.waitProbability, pWait)).toBeLessThan(0.03);
  });

  it('mean response time W within 3%', () => {
    expect(rel(summary.latencyMs.mean, w)).toBeLessThan(0.03);
  });

  it('utilisation = λ/(cμ) = 0.8 within 1%', () => {
    expect(rel(summary.utilisation, 0.8)).toBeLessThan(0.01);
  });
});

describe('M/D/1 at ρ = 0.8 (Pollaczek–Khinchine, 10^6 requests)', () => {
  const { summary } = simulate(queue(0.8, 1, { kind: 'constant', value: 1000 }, 1e6), {
    seed: 11,
  });

  it('W = 1/μ + ρ/(2μ(1 − ρ)) = 3/μ within 3%', () => {
    expect(rel(summary.latencyMs.mean, 3000)).toBeLessThan(0.03);
  });

  it("Little's law within 2%", () => {
    const lambda = summary.arrivalRatePerSec / 1000;
    expect(rel(summary.meanInSystem, lambda * summary.latencyMs.mean)).toBeLessThan(0.02);
  });
});

describe("Little's law on other systems", () => {
  it('holds for 3 two-core lognormal servers behind round robin within 2%', () => {
    const { summary } = simulate(
      {
        durationMs: 400_000,
        warmupMs: 2000,
        traffic: { kind: 'poisson', ratePerSec: 250 },
        servers: [1, 2, 3].map(() => ({
          cores: 2,
          serviceTime: { kind: 'lognormal', median: 15, sigma: 0.8 },
        })),
        loadBalancer: { strategy: 'round-robin' },
      },
      { seed: 7 },
    );
    const lambda = summary.arrivalRatePerSec / 1000;
    expect(summary.completed).toBeGreaterThan(90_000);
    expect(rel(summary.meanInSystem, lambda * summary.latencyMs.mean)).toBeLessThan(0.02);
  });

  it('holds with network latency and a database in the path within 2%', () => {
    const { summary } = simulate(
      {
        durationMs: 200_000,
        warmupMs: 2000,
        traffic: { kind: 'poisson', ratePerSec: 200 },
        network: { client: { latencyMs: { kind: 'uniform', min: 5, max: 15 } } },
        servers: [{ cores: 4, serviceTime: { kind: 'exponential', mean: 10 } }],
        database: { queryTimeMs: { kind: 'exponential', mean: 3 } },
      },
      { seed: 9 },
    );
    const lambda = summary.arrivalRatePerSec / 1000;
    expect(rel(summary.meanInSystem, lambda * summary.latencyMs.mean)).toBeLessThan(0.02);
  });
});

describe('determinism', () => {
  const scenario: Scenario = {
    durationMs: 20_000,
    traffic: { kind: 'poisson', ratePerSec: 300, clients: 50 },
    servers: [
      { cores: 2, serviceTime: { kind: 'exponential', mean: 10 }, queueCapacity: 20 },
      { cores: 1, speed: 1.5, serviceTime: { kind: 'lognormal', median: 8, sigma: 0.5 } },
      { serviceTime: { kind: 'uniform', min: 2, max: 20 }, queueCapacity: 5 },
    ],
    loadBalancer: { strategy: 'power-of-two' },
  };

  it('same scenario and seed give identical results', () => {
    const a = simulate(scenario, { seed: 123 });
    const b = simulate(structuredClone(scenario), { seed: 123 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('the full capstone topology (every model) is deterministic too', () => {
    const a = simulate(capstoneScenario(60_000, 300), { seed: 5, trace: 50 });
    const b = simulate(capstoneScenario(60_000, 300), { seed: 5, trace: 50 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.summary.externalApi!.attempts).toBeGreaterThan(0);
    expect(a.summary.database!.queries).toBeGreaterThan(0);
  });

  it('a run driven in steps (runUntil, step) ends exactly where simulate does', () => {
    const run = new SimulationRun(scenario, { seed: 123 });
    const partial = [];
    for (let t = 1000; !run.done; t += 1000) {
      run.runUntil(t);
      partial.push(run.result());
    }
    expect(partial[4]!.series.t).toHaveLength(5 * 10);
    expect(partial[4]!.summary.arrived).toBeGreaterThan(1000);
    expect(run.step()).toBe(false);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(simulate(scenario, { seed: 123 })));
  });

  it('a different seed gives different numbers', () => {
    const a = simulate(scenario, { seed: 1 });
    const b = simulate(scenario, { seed: 2 });
    expect(a.summary.latencyMs.mean).not.toBe(b.summary.latencyMs.mean);
  });
});
