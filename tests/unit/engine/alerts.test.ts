import { describe, expect, it } from 'vitest';
import {
  AlertManager,
  simulate,
  type AlertQuery,
  type AlertRuleSpec,
  type Scenario,
} from 'archlab';

/** Every request calls an API that errors (fast) during `outageMs` starting at 30 s. */
const outage = (outageMs: number, alerts: AlertRuleSpec[]): Scenario => ({
  durationMs: 120_000,
  resolutionMs: 1000,
  traffic: { kind: 'constant', ratePerSec: 100 },
  servers: [{ cores: 8, serviceTime: 1 }],
  externalApi: {
    latencyMs: 50,
    outages: [{ atMs: 30_000, durationMs: outageMs, mode: 'error' }],
  },
  alerts,
});

const errors = (extra: Partial<AlertRuleSpec> = {}): AlertRuleSpec =>
  ({
    name: 'Errors',
    metric: 'errorRate',
    op: '>',
    threshold: 0.5,
    forMs: 5000,
    ...extra,
  }) as AlertRuleSpec;

describe('alert rules (Prometheus semantics)', () => {
  it('a condition shorter than `for` never fires (it is only pending)', () => {
    const r = simulate(outage(3000, [errors()]), { seed: 1 });
    expect(r.alerts.fired['Errors']).toBe(0);
    expect(r.alerts.notifications).toEqual([]);
    expect(r.alerts.transitions.map((t) => t.to)).toEqual(['pending', 'inactive']);
  });

  it('a longer one fires exactly once at onset + for (within one evaluation interval) and resolves', () => {
    const r = simulate(outage(20_000, [errors()]), { seed: 1 });
    const n = r.alerts.notifications;
    expect(n.map((x) => x.kind)).toEqual(['firing', 'resolved']);
    const onset = 30_000;
    expect(n[0]!.tMs).toBeGreaterThanOrEqual(onset + 5000);
    expect(n[0]!.tMs).toBeLessThanOrEqual(onset + 5000 + 1000);
    // Resolves at the first evaluation after the outage (50 s) whose bucket is clean enough.
    expect(n[1]!.tMs).toBeGreaterThanOrEqual(50_000);
    expect(n[1]!.tMs).toBeLessThanOrEqual(52_000);
    expect(r.summary.alertsFired).toBe(1);
    expect(n[0]!.message).toMatch(/Errors firing: avg errorRate over 1000 ms > 0\.5/);
  });

  it('keep_firing_for holds the alert after the condition clears', () => {
    const r = simulate(outage(20_000, [errors({ keepFiringForMs: 10_000 })]), { seed: 1 });
    const resolved = r.alerts.notifications.find((x) => x.kind === 'resolved')!;
    expect(resolved.tMs).toBeGreaterThanOrEqual(60_000);
    expect(resolved.tMs).toBeLessThanOrEqual(62_000);
  });

  it('forMs 0 fires at the first evaluation that sees the condition', () => {
    const r = simulate(outage(20_000, [errors({ forMs: 0 })]), { seed: 1 });
    expect(r.alerts.notifications[0]!.tMs).toBe(31_000);
  });

  it('a multi-window burn-rate rule fires on a fast burn and stays quiet on a blip', () => {
    const burn: AlertRuleSpec = {
      name: 'SLOBurn',
      kind: 'burn-rate',
      objective: 0.99,
      windows: [{ longMs: 10_000, shortMs: 2000, factor: 14.4 }],
    };
    expect(simulate(outage(20_000, [burn]), { seed: 1 }).alerts.fired['SLOBurn']).toBe(1);
    // A 1 s outage is 10% errors over the 10 s window: burn rate 10, below the factor 14.4.
    expect(simulate(outage(1000, [burn]), { seed: 1 }).alerts.fired['SLOBurn']).toBe(0);
  });

  it('a learner rule is a function over the scraped metrics', () => {
    const rule: AlertRuleSpec = {
      name: 'Custom',
      kind: 'function',
      forMs: 2000,
      condition: (q: AlertQuery) =>
        q.errorRatio(3000) > 0.2 && q.over('throughputPerSec', 3000) < 90,
    };
    const r = simulate(outage(20_000, [rule]), { seed: 1 });
    expect(r.alerts.fired['Custom']).toBe(1);
  });

  it('per-server metrics can be alerted on', () => {
    const r = simulate(
      {
        durationMs: 60_000,
        resolutionMs: 1000,
        traffic: { kind: 'constant', ratePerSec: 100 },
        servers: [{ name: 'web', serviceTime: 9 }],
        alerts: [
          {
            name: 'Hot',
            metric: 'servers.web.utilisation',
            op: '>',
            threshold: 0.8,
            windowMs: 5000,
          },
        ],
      },
      { seed: 1 },
    );
    expect(r.alerts.notifications[0]).toMatchObject({ kind: 'firing', alert: 'Hot', tMs: 1000 });
  });

  it('an unknown metric is a configuration error naming the rule field', () => {
    expect(() =>
      simulate(outage(1000, [errors({ metric: 'erorRate' })]), {
        seed: 1,
      }),
    ).toThrow(/alerts\[0\]\.metric: unknown metric 'erorRate'/);
  });

  it('the manager alone follows pending → firing → resolved on a synthetic signal', () => {
    const m = new AlertManager(
      [{ name: 'X', kind: 'function', forMs: 2, condition: (q) => q.now >= 3 && q.now < 9 }],
      1,
    );
    for (let t = 0; t <= 12; t++) m.evaluate({ now: t, over: () => NaN, errorRatio: () => 0 });
    expect(m.transitions.map((x) => [x.tMs, x.to])).toEqual([
      [3, 'pending'],
      [5, 'firing'],
      [9, 'inactive'],
    ]);
    expect(m.result().notifications.map((x) => [x.tMs, x.kind])).toEqual([
      [5, 'firing'],
      [9, 'resolved'],
    ]);
  });
});
