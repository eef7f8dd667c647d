/**
 * What chapter 9's prose claims about its simulation and its arithmetic, computed from the same
 * checkout model with the page's seed and settings.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import paymentApi from '../../../lessons/09-external-apis/simulations/payment-api.ts';
import { policies, runCheckout } from '../../../lessons/09-external-apis/model/payments.ts';

const run = (params: Record<string, unknown>) => {
  const sim: AnySimulation = paymentApi;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};

/** P(X > x) for the simulated provider's latency: lognormal, median 80 ms, σ 0.5. */
function latencyAbove(xMs: number): number {
  const z = Math.log(xMs / 80) / 0.5;
  // Complementary normal CDF via erfc (Abramowitz–Stegun 7.1.26, error < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * poly * Math.exp(-(z * z) / 2);
}

describe('timeouts against the simulated provider’s latency', () => {
  it('nearly all healthy calls finish within 400 ms; a 150 ms timeout cuts off about one in ten', () => {
    expect(latencyAbove(400)).toBeLessThan(0.001);
    expect(latencyAbove(1000)).toBeLessThan(1e-6);
    expect(latencyAbove(150)).toBeGreaterThan(0.08);
    expect(latencyAbove(150)).toBeLessThan(0.12);
  });
});

describe('retry arithmetic', () => {
  it('independent failures: 10 % → 1 % with two attempts, 0.1 % with three; 1 % → 0.01 % and 0.0001 %', () => {
    expect(0.1 ** 2).toBeCloseTo(0.01, 12);
    expect(0.1 ** 3).toBeCloseTo(0.001, 12);
    expect(0.01 ** 2).toBeCloseTo(1e-4, 12);
    expect(0.01 ** 3).toBeCloseTo(1e-6, 12);
  });

  it('the backoff in the prose: 100, 200, 400, 800 ms after attempts 1–4, capped at 2 s from attempt 6', () => {
    const backoff = (attempt: number) => Math.min(2_000, 100 * 2 ** (attempt - 1));
    expect([1, 2, 3, 4].map(backoff)).toEqual([100, 200, 400, 800]);
    expect(backoff(5)).toBe(1_600);
    expect(backoff(6)).toBe(2_000);
    // The simulation's backoff policy waits the same: a random fraction of that backoff.
    const waits = [1, 2, 3, 4].map((a) =>
      policies.backoff(1000).retryDelayMs(a, 'error', 0, () => 1),
    );
    expect(waits).toEqual([100, 200, 400, 800]);
  });

  it('three layers of up to 3 attempts each: 27 calls; five attempts: 400 % extra', () => {
    expect(3 * 3 * 3).toBe(27);
    expect(5 - 1).toBe(4);
  });
});

describe('external-apis/payment-api (the page’s seed)', () => {
  const rate = (label: string, p: Record<string, unknown>) => run(p)(label);

  it('no retries: random failures and both incidents are failed checkouts', () => {
    expect(rate('Checkouts succeeded', { policy: 'none' })).toBeLessThan(
      rate('Checkouts succeeded', { policy: 'backoff' }),
    );
  });

  it('retrying at once multiplies the calls; a budget keeps them close to the checkouts', () => {
    const immediate = run({ policy: 'immediate' })('Calls per checkout');
    const budget = run({ policy: 'budget' })('Calls per checkout');
    expect(immediate).toBeGreaterThan(1.5);
    expect(budget).toBeLessThan(1.3);
  });

  it('backoff saves only the end of the 3 s spike: most checkouts that start in it still fail', () => {
    const spike = run({ policy: 'backoff', incident: 'spike' })('Checkouts succeeded');
    const calm = run({ policy: 'backoff', incident: 'none' })('Checkouts succeeded');
    const spikeShare = (3 / 40) * 100;
    // More than half of the spike's checkouts fail, but some are saved.
    expect(calm - spike).toBeGreaterThan(spikeShare / 2);
    expect(calm - spike).toBeLessThan(spikeShare);
    // Five attempts wait at most 1.5 s in total: shorter than the spike.
    expect([1, 2, 3, 4].reduce((t, a) => t + Math.min(2000, 100 * 2 ** (a - 1)), 0)).toBe(1500);
  });

  it('retrying at once recovers random failures (none left without incidents)', () => {
    expect(run({ policy: 'immediate', incident: 'none' })('Checkouts succeeded')).toBe(100);
    expect(run({ policy: 'none', incident: 'none' })('Checkouts succeeded')).toBeLessThan(97);
  });

  it('the budget saves fewer checkouts than plain backoff here (the provider never slows down)', () => {
    expect(rate('Checkouts succeeded', { policy: 'budget' })).toBeLessThan(
      rate('Checkouts succeeded', { policy: 'backoff' }),
    );
  });

  it('a 10 s timeout rides out more of the outage, and the slowest answer takes seconds', () => {
    const long = run({ timeoutMs: 10_000 });
    const base = run({});
    expect(long('Checkouts succeeded')).toBeGreaterThan(base('Checkouts succeeded'));
    expect(long('Slowest answer')).toBeGreaterThan(5);
  });

  it('a 200 ms timeout without keys charges orders twice; with keys, none', () => {
    expect(run({ timeoutMs: 200, keys: 'off' })('Orders charged twice')).toBeGreaterThan(0);
    expect(run({ timeoutMs: 200, keys: 'on' })('Orders charged twice')).toBe(0);
  });
});

describe('the checkout model', () => {
  it('a budget keeps the outage’s extra calls near 20 %, five attempts each near 400 %', () => {
    const outage = {
      errorRate: 0,
      outages: [{ atMs: 0, durationMs: 30_000, mode: 'timeout' as const }],
    };
    const common = { ratePerSec: 50, durationMs: 30_000, seed: 5, provider: outage };
    const budget = runCheckout({ ...common, policy: policies.budget(1000) });
    const storm = runCheckout({ ...common, policy: policies.immediate(1000) });
    expect(budget.retries / budget.checkouts).toBeLessThan(0.25);
    // Near 4 extra calls per checkout; the last checkouts retry after the outage ends and succeed.
    expect(storm.retries / storm.checkouts).toBeGreaterThan(3.5);
  });

  it('a key reused after a decline replays it: the customer’s second card is never charged', () => {
    const common = {
      ratePerSec: 20,
      durationMs: 10_000,
      seed: 3,
      provider: { declineRate: 0.2 },
      policy: policies.budget(1000),
    };
    const forever = runCheckout({ ...common, key: (o) => `order-${o.id}` });
    const perPayment = runCheckout({ ...common, key: (o, _c, _a, d) => `order-${o.id}-${d}` });
    expect(forever.replayedDeclines).toBeGreaterThan(0);
    expect(perPayment.replayedDeclines).toBe(0);
    expect(perPayment.ordersUnpaid).toBeLessThan(forever.ordersUnpaid);
  });
});

describe('the page’s outage, second by second (22–32 s)', () => {
  const during = (name: 'backoff' | 'budget') => {
    const r = runCheckout({
      ratePerSec: 50,
      durationMs: 40_000,
      seed: 9,
      provider: {
        errorRate: 0.05,
        outages: [
          { atMs: 8_000, durationMs: 3_000, mode: 'error' },
          { atMs: 22_000, durationMs: 10_000, mode: 'timeout' },
        ],
        rateLimitPerSec: 100,
      },
      policy: policies[name](1000),
    });
    let calls = 0;
    let started = 0;
    r.perSecond.t.forEach((t, i) => {
      if (t >= 22 && t < 32) {
        calls += r.perSecond.attempts[i]!;
        started += r.perSecond.checkouts[i]!;
      }
    });
    return calls / started;
  };

  it('with backoff alone the calls still multiply; with the budget they stay close to the checkouts', () => {
    expect(during('backoff')).toBeGreaterThan(2);
    expect(during('budget')).toBeLessThan(1.3);
  });
});
