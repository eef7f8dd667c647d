/**
 * What chapter 14 says about its simulation and its score, checked on the engine with the seeds the
 * page and the exercise use.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import wholeSystem from '../../../lessons/14-capstone/simulations/whole-system.ts';
import {
  DAY,
  OUTAGE,
  SLO,
  WORKERS_PER_SERVER,
  badDayScenario,
  outcome,
  type Design,
} from '../../../lessons/14-capstone/model/system.ts';
import { design as reference } from '../../../lessons/14-capstone/exercises/bad-day/solution.ts';

const sim: AnySimulation = wholeSystem;
const figures = (params: Record<string, unknown>) => {
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};
/** The settings the prose reaches after its first steps: health checks and three attempts. */
const fixed = { healthCheck: '250', attempts: 3, servers: 3, size: 'small' };

describe('the bad day’s arithmetic', () => {
  it('about 14,800 requests, a budget of about 74 failures, about 1,480 checkouts', () => {
    const requests =
      ((DAY.durationMs - 5000) / 1000) * DAY.baseRatePerSec +
      (DAY.spike.durationMs / 1000) * DAY.baseRatePerSec * (DAY.spike.multiplier - 1);
    expect(Math.abs(requests - 14_800)).toBeLessThan(100);
    expect(Math.round(requests * (1 - SLO.successRatio))).toBeCloseTo(74, -1);
    const checkouts = requests * 0.1;
    expect(Math.abs(checkouts * 0.1 - 148)).toBeLessThan(2);
    // Three independent attempts: 0.1³ of checkouts fail.
    expect(checkouts * 0.1 ** 3).toBeCloseTo(1.5, 0);
  });

  it('the per-request work table adds up to about 21 ms, 3.2 workers at 150 requests/s', () => {
    const lognormalMean = (median: number, sigma: number) => median * Math.exp(sigma ** 2 / 2);
    const cpu = lognormalMean(5, 0.5) * (0.75 * 1 + 0.15 * 2 + 0.1 * 3);
    expect(Math.abs(cpu - 7.7)).toBeLessThan(0.06);
    expect(0.75 * 1 + 0.15 * 3 + 0.1 * 2).toBeCloseTo(1.4, 5);
    const payment = 0.1 * lognormalMean(80, 0.4);
    expect(payment).toBeCloseTo(8.7, 1);
    const total = cpu + 1.4 * 3.3 + payment;
    expect(total).toBeCloseTo(21, 0);
    // 150 × 0.021 s = 3.15, written ≈ 3.2 in the prose: threads busy, far below 32 a server.
    const threads = (150 * total) / 1000;
    expect(Math.abs(threads - 3.15)).toBeLessThan(0.05);
    expect(threads).toBeLessThan(WORKERS_PER_SERVER / 4);
    // 150 × 0.0077 s ≈ 1.2 cores busy; counting the waits as CPU would plan nearly 3× the cores.
    const cores = (150 * cpu) / 1000;
    expect(Math.abs(cores - 1.2)).toBeLessThan(0.06);
    expect(threads / cores).toBeGreaterThan(2.5);
    expect(threads / cores).toBeLessThan(3);
    // ρ = 1.2 ÷ cores left: 1 micro ≈ 1.2, 4 cores (a medium) ≈ 0.3.
    expect(Math.abs(cores / 1 - 1.2)).toBeLessThan(0.06);
    expect(cores / 4).toBeCloseTo(0.3, 1);
  });
});

describe('capstone/whole-system', () => {
  it('at the defaults about half the requests fail while web1 is dead', () => {
    const d: Design = {
      servers: 2,
      size: 'medium',
      strategy: 'round-robin',
      healthCheck: null,
      retry: { maxAttempts: 1 },
      alert: reference.alert,
    };
    const s = simulate(badDayScenario(d), { seed: sim.seed }).series;
    let errors = 0;
    let requests = 0;
    s.t.forEach((t, i) => {
      if (t >= DAY.crash.atMs + 5000 && t < DAY.crash.atMs + DAY.crash.downMs - 5000) {
        errors += s.metrics.errors[i]!;
        requests += s.metrics.requests[i]!;
      }
    });
    expect(errors / requests).toBeGreaterThan(0.4);
    expect(errors / requests).toBeLessThan(0.6);
  });

  it('health checks every 250 ms and three attempts meet the SLO; every 1 s breaks it', () => {
    const twoMedium = { healthCheck: '250', attempts: 3 };
    expect(figures({ healthCheck: '250' })('SLO met')).toBe(0);
    expect(figures(twoMedium)('SLO met')).toBe(1);
    expect(figures(twoMedium)('Score')).toBe(500);
    const slow = figures({ ...twoMedium, healthCheck: '1000' });
    expect(slow('SLO met')).toBe(0);
    expect(slow('Success')).toBeGreaterThan(99);
    expect(figures(fixed)('SLO met')).toBe(1);
  });

  it('the alert stays quiet on the normal day, and pages about 50 s into the payment outage', () => {
    for (const forS of [0, 30]) expect(figures({ ...fixed, forS })('Pages sent')).toBe(0);
    const down = runSimulation(sim, { ...defaultParams(sim), ...fixed, outage: 'down' }, sim.seed);
    expect(down.figures.find((f) => f.label === 'Pages sent')!.value).toBeGreaterThan(0);
    const r = simulate(
      badDayScenario(
        {
          servers: 3,
          size: 'small',
          strategy: 'round-robin',
          healthCheck: { intervalMs: 250, unhealthyThreshold: 2 },
          retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 500, jitter: 'full' },
          alert: { ...reference.alert, forMs: 30_000 },
        },
        true,
      ),
      { seed: sim.seed },
    );
    const first = r.alerts.notifications.find((n) => n.kind === 'firing')!.tMs - OUTAGE.atMs;
    expect(first).toBeGreaterThanOrEqual(40_000);
    expect(first).toBeLessThanOrEqual(60_000);
  });

  it('without retries about 148 payments fail (twice the budget); three attempts leave about 1.5', () => {
    const r = (maxAttempts: number) =>
      simulate(
        badDayScenario({
          servers: 3,
          size: 'small',
          strategy: 'round-robin',
          healthCheck: { intervalMs: 250 },
          retry: { maxAttempts, baseDelayMs: 50 },
          alert: reference.alert,
        }),
        { seed: sim.seed },
      ).series.metrics;
    const failed = (m: ReturnType<typeof r>) => m.errors.reduce((a, b) => a + b, 0);
    const none = failed(r(1));
    const three = failed(r(3));
    // Expected payment failures: 10 % of ≈ 1,480 checkouts, against a budget of ≈ 74.
    expect(none).toBeGreaterThan(110);
    expect(none).toBeLessThan(190);
    expect(none).toBeGreaterThan(1.5 * 74);
    // Three attempts: ≈ 1.5 payment failures, plus the crash's short burst.
    expect(three).toBeLessThan(none / 4);
  });

  it('without health checks the dead web1 keeps its share for the whole minute: thousands fail', () => {
    const failures = (servers: number, size: string) =>
      simulate(
        badDayScenario({
          servers,
          size,
          strategy: 'round-robin',
          healthCheck: null,
          retry: { maxAttempts: 3, baseDelayMs: 50 },
          alert: reference.alert,
        }),
        { seed: sim.seed },
      ).series.metrics.errors.reduce((a, b) => a + b, 0);
    // Dead 80–140 s: 30 s at 150/s and 30 s at 50/s, ≈ 6,000 requests; web1's share of them fails.
    expect(failures(2, 'medium')).toBeGreaterThan(2_400);
    expect(failures(3, 'small')).toBeGreaterThan(1_500);
    expect(failures(3, 'small')).toBeLessThan(failures(2, 'medium'));
  });

  it('a crash loses at most one unsent batch of log lines (an in-process shipper)', () => {
    expect(figures(fixed)('Logs lost')).toBeGreaterThan(0);
    expect(figures(fixed)('Logs lost')).toBeLessThanOrEqual(200);
  });
});

describe('capstone score', () => {
  const score = (d: Design) => outcome(simulate(badDayScenario(d), { seed: 2026 }));

  it('is deterministic and matches the prose (reference 667, two medium servers 500)', () => {
    expect(score(reference).score).toBe(667);
    expect(score(reference).score).toBe(667);
    expect(score({ ...reference, servers: 2, size: 'medium' }).score).toBe(500);
  });

  it('is 0 without health checks or without retries, and cheaper designs can score more', () => {
    expect(score({ ...reference, healthCheck: null }).score).toBe(0);
    expect(score({ ...reference, retry: { maxAttempts: 1 } }).score).toBe(0);
    expect(score({ ...reference, servers: 5, size: 'micro' }).score).toBeGreaterThan(667);
  });
});

describe('the table of designs (health checks every 250 ms, three payment attempts)', () => {
  const run = (servers: number, size: string) =>
    outcome(simulate(badDayScenario({ ...reference, servers, size }), { seed: 2026 }));

  it('1 × medium: nothing is left when it dies, about 41 % of all requests fail', () => {
    const o = run(1, 'medium');
    expect(o.meetsSlo).toBe(false);
    expect(1 - o.successRatio).toBeGreaterThan(0.38);
    expect(1 - o.successRatio).toBeLessThan(0.44);
  });

  it('2 × micro: one core left, queues overflow, p95 ≈ 1.8 s and about 96.9 % succeed', () => {
    const o = run(2, 'micro');
    expect(o.meetsSlo).toBe(false);
    expect(o.p95Ms).toBeGreaterThan(1600);
    expect(o.p95Ms).toBeLessThan(2000);
    expect(o.successRatio).toBeGreaterThan(0.964);
    expect(o.successRatio).toBeLessThan(0.974);
  });

  it('2 × medium: four cores left, SLO met, p95 ≈ 150 ms and about 99.7 % succeed', () => {
    const o = run(2, 'medium');
    expect(o.meetsSlo).toBe(true);
    expect(Math.abs(o.p95Ms - 150)).toBeLessThan(10);
    expect(o.successRatio).toBeGreaterThan(0.9965);
    expect(o.successRatio).toBeLessThan(0.9975);
  });

  it('p95 breaks where the cores left are too few for the spike’s CPU work, not by server count', () => {
    // Two small servers leave 2 cores (ρ ≈ 0.6) and meet the SLO; two micro leave 1 (ρ ≈ 1.2) and do not.
    expect(run(2, 'small').p95Ms).toBeLessThanOrEqual(SLO.p95Ms);
    expect(run(2, 'micro').p95Ms).toBeGreaterThan(SLO.p95Ms);
  });
});
