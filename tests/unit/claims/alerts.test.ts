/**
 * What chapter 12 says about its timeline, error budgets and burn-rate alerts, checked on the
 * engine. Detection times are measured after six hours of healthy history, as on a real service:
 * a run that starts with no history fills its long windows with the incident alone.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type AlertQuery } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import timeline from '../../../lessons/12-alerts/simulations/incident-timeline.ts';
import { dayScenario } from '../../../lessons/12-alerts/model/incidents.ts';
import { shouldPage } from '../../../lessons/12-alerts/exercises/burn-rate/solution.ts';

const MIN = 60_000;
const HISTORY = 360 * MIN;

const figures = (params: Record<string, unknown>) => {
  const sim: AnySimulation = timeline;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};

/**
 * Minutes from the start of an error rate to the reference rule's first page, after 6 h of
 * traffic at 0.05 % errors, at 2 requests/s, evaluated every minute.
 */
function detectionMin(errorRate: number, seed: number, maxMin: number): number {
  const r = run(errorRate, seed, maxMin, maxMin);
  const first = r.alerts.notifications.find((n) => n.kind === 'firing');
  return first ? (first.tMs - HISTORY) / MIN : Infinity;
}

/** Minutes from the end of the errors to the reference rule's last resolution. */
function resolutionMin(errorRate: number, seed: number, forMin: number): number {
  const r = run(errorRate, seed, forMin, forMin + 45);
  const after = r.alerts.transitions.filter((t) => t.tMs > HISTORY + forMin * MIN);
  expect(after[after.length - 1]?.to).toBe('inactive');
  return (after[after.length - 1]!.tMs - HISTORY) / MIN - forMin;
}

/** 6 h at 0.05 % errors, then `errorRate` for `forMin`, run until `untilMin` after the history. */
function run(errorRate: number, seed: number, forMin: number, untilMin: number) {
  const share = errorRate; // the share of requests that fail during the "outage"
  return simulate(
    dayScenario(
      {
        name: `${errorRate * 100} % errors`,
        durationMs: HISTORY + untilMin * MIN,
        ratePerSec: 2,
        share,
        apiErrorRate: 0.0005 / share,
        outages: [{ atMs: HISTORY, durationMs: forMin * MIN }],
        resolutionMs: MIN,
      },
      [{ name: 'SLOBurn', kind: 'function', condition: (q: AlertQuery) => shouldPage(q) }],
    ),
    { seed },
  );
}

describe('alerts/incident-timeline', () => {
  it('defaults page three times, twice for blips', () => {
    const f = figures({});
    expect(f('Pages sent')).toBe(3);
    expect(f('Pages outside')).toBe(2);
  });

  it('a 30 s window and 45 s “for”: one page, about 50 s into the incident', () => {
    const f = figures({ windowS: 30, forS: 45 });
    expect(f('Pages sent')).toBe(1);
    expect(f('Incident reported after')).toBeGreaterThanOrEqual(45);
    expect(f('Incident reported after')).toBeLessThanOrEqual(55);
  });

  it('“for” 180 s: still one page, more than three minutes in', () => {
    const f = figures({ windowS: 30, forS: 180 });
    expect(f('Pages sent')).toBe(1);
    expect(f('Incident reported after')).toBeGreaterThan(180);
  });

  it('a 99 % target flaps on the 1 % background: dozens of pages', () => {
    expect(figures({ targetPercent: 99 })('Pages sent')).toBeGreaterThanOrEqual(24);
  });
});

/** P(X ≥ k) for X ~ Binomial(n, p), summed from the pmf's recurrence. */
function binomialTail(n: number, p: number, k: number): number {
  let pmf = (1 - p) ** n;
  let tail = 0;
  for (let i = 0; i <= n; i++) {
    if (i >= k) tail += pmf;
    pmf *= ((n - i) / (i + 1)) * (p / (1 - p));
  }
  return tail;
}

describe('noise in a window', () => {
  it('at 4 % errors, more than 5 % shows in 1 of 5 scrapes of 100, 1 of 11 windows of 600, < 1 % of 2,400', () => {
    expect(binomialTail(100, 0.04, 6)).toBeCloseTo(0.21, 2);
    expect(1 / binomialTail(600, 0.04, 31)).toBeCloseTo(11, 0);
    expect(binomialTail(2400, 0.04, 121)).toBeLessThan(0.01);
  });
});

describe('error budgets and burn rates', () => {
  it('30 days at 99.9 % is 43.2 min of outage, 7.2 h at 10 % errors', () => {
    expect(30 * 24 * 60 * 0.001).toBeCloseTo(43.2, 10);
    expect((30 * 24 * 0.001) / 0.1).toBeCloseTo(7.2, 10);
  });

  it('2 % errors burn at 20 (budget gone in 1.5 days); an outage at 1,000', () => {
    expect(0.02 / 0.001).toBeCloseTo(20, 10);
    expect(30 / 20).toBe(1.5);
    expect(1 / 0.001).toBeCloseTo(1000, 6);
  });

  it('the workbook table: 14.4 for 1 h spends 2 %, 6 for 6 h spends 5 % of 30 days', () => {
    expect((14.4 * 1) / (30 * 24)).toBeCloseTo(0.02, 10);
    expect((6 * 6) / (30 * 24)).toBeCloseTo(0.05, 10);
  });

  it('a 20 s blip of total failure at 2 requests/s is a 1 h burn rate of about 5.6', () => {
    expect(40 / 7200 / 0.001).toBeCloseTo(5.6, 1);
  });
});

describe('the reference burn-rate rule, after 6 h of healthy history', () => {
  it('a full outage pages within about 2 min', () => {
    for (const seed of [41, 42]) expect(detectionMin(1, seed, 10)).toBeLessThanOrEqual(2);
  });

  it('2 % errors page after about 40 to 50 min', () => {
    const found = [41, 42, 43].map((seed) => detectionMin(0.02, seed, 70));
    for (const m of found) {
      expect(m).toBeGreaterThanOrEqual(35);
      expect(m).toBeLessThanOrEqual(55);
    }
  });

  it('it resolves within 5 min after an hour of 2 % errors, about 30 min after a 10 min outage', () => {
    expect(resolutionMin(0.02, 41, 60)).toBeLessThanOrEqual(5);
    const outage = resolutionMin(1, 41, 10);
    expect(outage).toBeGreaterThanOrEqual(25);
    expect(outage).toBeLessThanOrEqual(31);
  });

  it('a 0.8 % leak pages only after about four and a half hours, when 5 % of the budget is spent', () => {
    const m = detectionMin(0.008, 41, 330);
    expect(m).toBeGreaterThanOrEqual(240);
    expect(m).toBeLessThanOrEqual(300);
    // Expected crossing of the 6 h window at 6×: 0.8 % × t + 0.05 % × (360 − t) = 0.6 % × 360.
    expect((360 * (0.006 - 0.0005)) / (0.008 - 0.0005)).toBeCloseTo(264, 0);
  });
});
