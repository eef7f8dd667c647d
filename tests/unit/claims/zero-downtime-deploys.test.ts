/**
 * What the chapter on deploying without downtime says about its simulation, its formulas and its
 * quiz, checked on the engine and the same formulas.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type AnalysisView } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import deploy, {
  DEPLOY_AT_MS,
  rolloutOf,
} from '../../../lessons/13-zero-downtime-deploys/simulations/deploy-strategies.ts';
import {
  FLEET,
  budgetSpent,
  deployFailures,
  fleetScenario,
  serverCapacity,
} from '../../../lessons/13-zero-downtime-deploys/model/fleet.ts';
import quiz from '../../../lessons/13-zero-downtime-deploys/quiz.ts';

const sim: AnySimulation = deploy;
const runs = new Map<string, ReturnType<typeof runSimulation>>();
/** The simulation's figures with `params` over the defaults, at its default seed. */
function figures(params: Record<string, string | number>) {
  const key = JSON.stringify(params);
  let out = runs.get(key);
  if (!out) {
    out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
    runs.set(key, out);
  }
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
}
/** The same run through the engine, for what the figures do not show. */
function raw(params: Record<string, string | number>) {
  const p = { ...defaultParams(sim), ...params } as Parameters<typeof rolloutOf>[0];
  return simulate(fleetScenario(FLEET, rolloutOf(p)), { seed: sim.seed });
}
/** Startup periods of a rolling update in the simulation's controller (the chapter's formula). */
const periods = (replicas: number, surge: number, unavailable: number) =>
  Math.ceil(replicas / (surge + unavailable));

describe('three ways to lose requests: the fleet', () => {
  it('ten servers of 10 requests/s each; 70 requests/s need seven at 100 %', () => {
    expect(FLEET.replicas).toBe(10);
    expect(serverCapacity(FLEET)).toBe(10);
    expect(FLEET.ratePerSec / serverCapacity(FLEET)).toBe(7);
  });
});

describe('rolling updates: surge and unavailability', () => {
  it('Kubernetes defaults (25 %) on 10 replicas: at most 13 and at least 8', () => {
    expect(10 + Math.ceil(0.25 * 10)).toBe(13);
    expect(10 - Math.floor(0.25 * 10)).toBe(8);
  });

  it('one at a time takes 200 s, surge 2 + unavailable 1 take 80 s (formula and simulation)', () => {
    expect(periods(10, 1, 0) * 20).toBe(200);
    expect(periods(10, 2, 1) * 20).toBe(80);
    expect(figures({})('Deploy took')).toBe(200);
    expect(figures({ maxSurge: 2, maxUnavailable: 1 })('Deploy took')).toBe(80);
  });

  it('the formula matches the simulated controller on other fleets too (quiz: 12 servers, surge 3 → 80 s)', () => {
    for (const [replicas, surge, unavailable, startupMs] of [
      [12, 3, 0, 20_000],
      [6, 0, 3, 30_000],
      [20, 5, 5, 15_000],
      [10, 0, 3, 20_000],
      [4, 1, 0, 20_000],
    ] as const) {
      const r = simulate(
        fleetScenario(
          { ...FLEET, replicas, ratePerSec: replicas * 4, durationMs: 200_000 },
          { atMs: 5000, maxSurge: surge, maxUnavailable: unavailable, startupMs },
        ),
        { seed: 1 },
      ).rollout!;
      expect(r.completedMs - 5000, `${replicas} servers, ${surge}/${unavailable}`).toBe(
        periods(replicas, surge, unavailable) * startupMs,
      );
      expect(r.minReady).toBe(replicas - unavailable);
    }
    expect(periods(12, 3, 0) * 20).toBe(80);
  });

  it('the defaults lose nothing, keep ten ready and run up to 12 (one draining)', () => {
    const f = figures({});
    expect(f('Requests failed by the deploy')).toBeLessThanOrEqual(3);
    expect(f('Fewest servers ready')).toBe(10);
    expect(f('Most servers running')).toBe(12);
    const r = raw({}).rollout!;
    expect(r.killedInFlight).toBe(0);
    expect(r.refusedNotReady).toBe(0);
    expect(r.newVersion.errors / r.newVersion.requests).toBeLessThan(0.005);
    expect(Math.max(...r.timeline.map((p) => p.old + p.new + p.starting))).toBe(11);
  });

  it('surge 0 + unavailable 3: 80 s, seven ready, p95 from about 0.8 s to about 1.5 s', () => {
    const base = figures({})('p95 latency');
    const f = figures({ maxSurge: 0, maxUnavailable: 3 });
    expect(f('Deploy took')).toBe(80);
    expect(f('Fewest servers ready')).toBe(7);
    expect(base).toBeGreaterThan(700);
    expect(base).toBeLessThan(950);
    expect(f('p95 latency')).toBeGreaterThan(1300);
    expect(f('p95 latency')).toBeLessThan(1700);
    expect(f('p95 latency') / base).toBeLessThan(2);
    expect(f('p95 latency') / base).toBeGreaterThan(1.6);
  });

  it('unavailable 5: 40 s, and p95 about 6.5 s', () => {
    const f = figures({ maxSurge: 0, maxUnavailable: 5 });
    expect(f('Deploy took')).toBe(40);
    expect(f('p95 latency')).toBeGreaterThan(5500);
    expect(f('p95 latency')).toBeLessThan(7500);
  });

  it('no readiness probe: the fleet is replaced at once, nothing ready for 20 s, about 1,400 refused', () => {
    const f = figures({ readiness: 'none' });
    expect(f('Deploy took')).toBe(0);
    expect(f('Fewest servers ready')).toBe(0);
    expect(f('Requests failed by the deploy')).toBeGreaterThan(1300);
    expect(f('Requests failed by the deploy')).toBeLessThan(1500);
    const r = raw({ readiness: 'none' }).rollout!;
    const zero = r.timeline.filter((p) => p.ready === 0);
    const back = r.timeline.find((p) => p.tMs > zero[0]!.tMs && p.ready > 0)!;
    expect(back.tMs - zero[0]!.tMs).toBe(20_000);
    expect(r.refusedNotReady).toBeGreaterThan(1300);
  });

  it('no draining: the removed servers take about 17 requests with them', () => {
    const f = figures({ drainS: 0 });
    expect(f('Requests failed by the deploy')).toBeGreaterThanOrEqual(10);
    expect(f('Requests failed by the deploy')).toBeLessThanOrEqual(25);
    expect(raw({ drainS: 0 }).rollout!.killedInFlight).toBeGreaterThanOrEqual(10);
  });
});

describe('blue-green and canary', () => {
  it('blue-green runs twice the servers: 20', () => {
    expect(figures({ strategy: 'blue-green' })('Most servers running')).toBe(20);
  });

  it('the canary gets 1 request in 11 (about 9 %), about 6 per second, some 60 in 10 s', () => {
    const share = 1 / 11;
    expect(share).toBeCloseTo(0.09, 2);
    expect(FLEET.ratePerSec * share).toBeCloseTo(6.4, 1);
    expect(FLEET.ratePerSec * share * 10).toBeGreaterThan(55);
    expect(FLEET.ratePerSec * share * 10).toBeLessThan(70);
  });

  it('at 5 % errors, 40 requests show none one time in eight', () => {
    expect(0.95 ** 40).toBeGreaterThan(1 / 9);
    expect(0.95 ** 40).toBeLessThan(1 / 7);
    // The chapter writes it out: 0.95⁴⁰ ≈ 0.13.
    expect(0.95 ** 40).toBeCloseTo(0.13, 2);
  });

  it('two identical versions: the canary looks worse than the baseline about half the time', () => {
    let above = 0;
    let looks = 0;
    for (let seed = 1; seed <= 8; seed++) {
      simulate(
        fleetScenario(
          { ...FLEET, baselineErrorRate: 0.02, durationMs: 140_000 },
          {
            strategy: 'canary',
            atMs: 5000,
            analysis: {
              rule: (v: AnalysisView) => {
                if (v.canary.requests >= 300) {
                  looks++;
                  if (v.canary.errorRate > v.baseline.errorRate) above++;
                }
                return 'wait';
              },
            },
          },
        ),
        { seed },
      );
    }
    expect(looks).toBeGreaterThan(40);
    expect(above / looks).toBeGreaterThan(0.3);
    expect(above / looks).toBeLessThan(0.7);
  });
});

describe('the simulation’s automatic analysis', () => {
  it('rolls back above 5 % errors on the new version (from 20 requests on), promotes at the first look after 60 s of canary traffic: 70 s after it joined', () => {
    const p = { ...defaultParams(sim), analysis: 'auto' } as Parameters<typeof rolloutOf>[0];
    expect(rolloutOf(p).analysis).toMatchObject({ maxErrorRate: 0.05, bakeMs: 60_000 });
    const slow = raw({ strategy: 'canary', version: 'slow', analysis: 'auto' }).rollout!;
    // Looks come every 10 s from the moment it joined; its clock starts at its first request,
    // a few ms later, so the look at 60 s sees just under 60 s and the promotion is at 70 s.
    expect(slow.promotedMs - (DEPLOY_AT_MS + 20_000)).toBe(70_000);
  });
});

describe('how fast each strategy limits the damage', () => {
  const lost = (p: Record<string, string>) => figures(p)('Requests failed by the deploy');
  const budget = (p: Record<string, string>) => figures(p)('Error budget spent');

  it('the budget of 99.9 % over 30 days at 70 req/s is about 181,000 requests, 7 hours at blue-green’s rate', () => {
    const budgetRequests = 0.001 * 70 * 30 * 24 * 3600;
    expect(budgetRequests).toBeCloseTo(181_440, 6);
    expect(budgetSpent(budgetRequests, 70)).toBeCloseTo(1, 9);
    expect(budgetRequests / (0.1 * 70) / 3600).toBeCloseTo(7.2, 1);
  });

  it('rolling: about 1,200 lost, about 0.7 % of the budget', () => {
    expect(lost({ version: 'errors' })).toBeGreaterThan(1100);
    expect(lost({ version: 'errors' })).toBeLessThan(1300);
    expect(budget({ version: 'errors' })).toBeGreaterThan(0.6);
    expect(budget({ version: 'errors' })).toBeLessThan(0.75);
  });

  it('blue-green: about 1,860 lost (formula 0.1 × 70 × 260 ≈ 1,820), about 1.0 %', () => {
    const p = { strategy: 'blue-green', version: 'errors' };
    const r = raw(p).rollout!;
    expect((FLEET.durationMs - r.completedMs) / 1000).toBe(260);
    expect(0.1 * 70 * 260).toBeCloseTo(1820, 6);
    expect(lost(p)).toBeGreaterThan(1760);
    expect(lost(p)).toBeLessThan(1960);
    expect(budget(p)).toBeGreaterThan(0.95);
    expect(budget(p)).toBeLessThan(1.1);
  });

  it('canary with the analysis: rolled back after 10 s of traffic, about 5 lost (formula ≈ 6), under 0.01 %', () => {
    const p = { strategy: 'canary', version: 'errors', analysis: 'auto' };
    const r = raw(p).rollout!;
    expect(r.outcome).toBe('rolled-back');
    expect(r.rolledBackMs - (DEPLOY_AT_MS + 20_000)).toBe(10_000);
    expect((0.1 * 70 * 10) / 11).toBeCloseTo(6.4, 1);
    expect(lost(p)).toBeGreaterThanOrEqual(1);
    expect(lost(p)).toBeLessThanOrEqual(12);
    expect(budget(p)).toBeLessThan(0.01);
  });

  it('automatic rollback: both roll back 30 s in; blue-green about 60 lost, rolling about 25 with ten servers ready throughout', () => {
    const bg = { strategy: 'blue-green', version: 'errors', analysis: 'auto' };
    const rolling = { version: 'errors', analysis: 'auto' };
    expect(figures(bg)('Rolled back after')).toBe(30);
    expect(figures(rolling)('Rolled back after')).toBe(30);
    expect(lost(bg)).toBeGreaterThan(45);
    expect(lost(bg)).toBeLessThan(80);
    expect(lost(rolling)).toBeGreaterThanOrEqual(15);
    expect(lost(rolling)).toBeLessThanOrEqual(40);
    expect(figures(rolling)('Fewest servers ready')).toBe(10);
  });

  it('twice the CPU: no error, promoted by the error-rate analysis, p95 from under 1 s to tens of seconds', () => {
    const p = { strategy: 'canary', version: 'slow', analysis: 'auto' };
    const r = raw(p);
    expect(r.rollout!.outcome).not.toBe('rolled-back');
    expect(Number.isFinite(r.rollout!.promotedMs)).toBe(true);
    expect(deployFailures(r, FLEET)).toBeLessThanOrEqual(3);
    expect(figures({})('p95 latency')).toBeLessThan(1000);
    expect(figures(p)('p95 latency')).toBeGreaterThan(10_000);
    expect(figures({ version: 'slow' })('p95 latency')).toBeGreaterThan(10_000);
  });
});

describe('quiz', () => {
  it('canary damage: 0.05 × 100 ÷ 21 × 120 ≈ 29; blue-green 600; every canary request 571', () => {
    expect((0.05 * 100 * 120) / 21).toBeCloseTo(28.6, 1);
    expect(0.05 * 100 * 120).toBeCloseTo(600, 9);
    expect(Math.round((100 * 120) / 21)).toBe(571);
    // Rounding 1 of 21 to 5 % (0.05 × 5 × 120 = 30) is a correct method's estimate: accepted.
    const q = quiz.find((x) => x.id === 'damage-of-a-bad-version');
    if (q?.kind !== 'number') throw new Error('damage-of-a-bad-version');
    expect(Math.abs(0.05 * 0.05 * 100 * 120 - q.answer)).toBeLessThanOrEqual(q.tolerance);
    expect(Math.abs((0.05 * 100 * 120) / 21 - q.answer)).toBeLessThanOrEqual(q.tolerance);
  });

  it('no readiness probe: the prediction names what the simulation shows (whole fleet at once, 20 s)', () => {
    const q = quiz.find((x) => x.id === 'no-readiness-probe');
    if (q?.kind !== 'predict') throw new Error('no-readiness-probe');
    const right = q.choices.find((c) => c.correct)!.text;
    expect(right).toMatch(/whole fleet is replaced at once/);
    expect(right).toMatch(/20 s/);
    const r = raw({ readiness: 'none' }).rollout!;
    const zero = r.timeline.filter((p) => p.ready === 0);
    const back = r.timeline.find((p) => p.tMs > zero[0]!.tMs && p.ready > 0)!;
    expect(back.tMs - zero[0]!.tMs).toBe(20_000);
    expect(figures({ readiness: 'none' })('Deploy took')).toBe(0);
  });
});
