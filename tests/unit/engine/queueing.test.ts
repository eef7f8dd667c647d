import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from 'archlab';

/** Relative error |a − b| / b. */
const rel = (a: number, b: number) => Math.abs(a - b) / b;

/** A single exponential server (mean 1 s) fed by Poisson arrivals for about `n` requests. */
function mm1(rho: number, n: number): Scenario {
  const meanMs = 1000;
  return {
    durationMs: (n / rho) * meanMs,
    warmupMs: 50 * meanMs,
    traffic: { kind: 'poisson', ratePerSec: rho },
    servers: [{ serviceTime: { kind: 'exponential', mean: meanMs } }],
  };
}

describe('M/M/1 (queueing theory, fixed seeds, 10^6 requests)', () => {
  const { summary } = simulate(mm1(0.8, 1e6), { seed: 42 });

  it('mean response time W = 1/(μ − λ) = 5/μ within 3%', () => {
    expect(rel(summary.latencyMs.mean, 5000)).toBeLessThan(0.03);
  });

  it('utilisation = ρ within 1%', () => {
    expect(rel(summary.utilisation, 0.8)).toBeLessThan(0.01);
  });

  it('percentiles of the exponential response time, −W·ln(1−q), within 3%', () => {
    expect(rel(summary.latencyMs.p50, 5000 * Math.log(2))).toBeLessThan(0.03);
    expect(rel(summary.latencyMs.p95, 5000 * Math.log(20))).toBeLessThan(0.03);
    expect(rel(summary.latencyMs.p99, 5000 * Math.log(100))).toBeLessThan(0.03);
  });

  it("Little's law L = λW within 2%", () => {
    const lambda = summary.arrivalRatePerSec / 1000; // per ms
    expect(rel(summary.meanInSystem, lambda * summary.latencyMs.mean)).toBeLessThan(0.02);
    // And against theory: L = ρ/(1 − ρ) = 4.
    expect(rel(summary.meanInSystem, 4)).toBeLessThan(0.03);
  });
});

describe("Little's law on other systems", () => {
  it('holds for a 3-server, lognormal, round-robin system within 2%', () => {
    const { summary } = simulate(
      {
        durationMs: 200_000,
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
    expect(summary.completed).toBeGreaterThan(45_000);
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

  it('a different seed gives different numbers', () => {
    const a = simulate(scenario, { seed: 1 });
    const b = simulate(scenario, { seed: 2 });
    expect(a.summary.latencyMs.mean).not.toBe(b.summary.latencyMs.mean);
  });
});
