import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';
import {
  policies,
  runCheckout,
  type CheckoutOptions,
  type CheckoutResult,
  type KeyFn,
} from '../../model/payments.ts';

type Learner = typeof Solution;

/**
 * A slow provider: median 300 ms, but about one call in fifteen takes over the caller's 1 s
 * timeout. The provider still charges those; the caller, not knowing, retries.
 */
const BASE: Omit<CheckoutOptions, 'key' | 'seed'> = {
  ratePerSec: 40,
  durationMs: 20_000,
  provider: { latencyMs: { kind: 'lognormal', median: 300, sigma: 0.8 }, errorRate: 0.02 },
  policy: policies.budget(1_000),
};

/** The learner's key function, checked on every call. */
function keyFn(learner: Learner): KeyFn {
  return (order, checkoutId, attempt, declines) => {
    const key: unknown = learner.idempotencyKey({ ...order }, checkoutId, attempt, declines);
    if (typeof key !== 'string' || key.length === 0 || key.length > 255)
      fail(`idempotencyKey must return a string of 1 to 255 characters, got ${describe(key)}`);
    return key;
  };
}

function run(learner: Learner | null, extra: Partial<CheckoutOptions>, seed: number) {
  return runCheckout({
    ...BASE,
    ...extra,
    seed,
    ...(learner ? { key: keyFn(learner) } : {}),
  });
}

const chargeChart = (yours: CheckoutResult, none: CheckoutResult) => ({
  title: 'Orders by number of charges',
  xLabel: 'charges',
  yLabel: 'orders',
  kind: 'bar' as const,
  categories: ['0', '1', '2', '3 or more'],
  lines: [
    { label: 'no keys', points: none.chargesPerOrder.map((n, i) => [i, n] as const) },
    { label: 'your keys', points: yours.chargesPerOrder.map((n, i) => [i, n] as const) },
  ],
});

export default defineChecks<Learner>({
  exports: ['idempotencyKey'],
  checks: [
    {
      name: 'A checkout that retries after a timeout charges the order once',
      run: (learner, { chart }) => {
        const yours = run(learner, {}, 31);
        const none = run(null, {}, 31);
        chart(chargeChart(yours, none));
        expectTrue(
          yours.ordersChargedTwice === 0,
          `${yours.ordersChargedTwice} of ${yours.orders} orders were charged more than once ` +
            `(without keys: ${none.ordersChargedTwice}). A retry must send the same key as the ` +
            'attempt that timed out, or the provider sees a new payment.',
        );
        return `0 double charges in ${yours.orders} orders and ${yours.retries} retries (without keys: ${none.ordersChargedTwice})`;
      },
    },
    {
      name: 'Pressing “Pay” twice for the same order charges it once',
      run: (learner) => {
        const yours = run(learner, { doubleSubmitRate: 0.1 }, 32);
        const none = run(null, { doubleSubmitRate: 0.1 }, 32);
        expectTrue(
          yours.ordersChargedTwice === 0,
          `${yours.ordersChargedTwice} of ${yours.orders} orders were charged more than once ` +
            `when customers pressed “Pay” twice (without keys: ${none.ordersChargedTwice}). The ` +
            'second press is a new checkout request for the same order: what stays the same?',
        );
        return `0 double charges with ${yours.checkouts - yours.orders} repeated presses`;
      },
    },
    {
      name: 'Two different orders with the same customer and amount are both charged',
      run: (learner) => {
        const yours = run(learner, { repeatOrderRate: 0.2 }, 33);
        expectTrue(
          yours.paidButNotCharged === 0,
          `${yours.paidButNotCharged} orders were confirmed as paid but never charged: their key ` +
            'matched an earlier order’s, so the provider answered with the earlier payment. ' +
            'Keys must differ between orders, even identical-looking ones.',
        );
        expectTrue(
          yours.ordersChargedTwice === 0,
          `${yours.ordersChargedTwice} orders were charged more than once`,
        );
        return `all ${yours.orders} orders charged exactly once or not at all, none twice`;
      },
    },
    {
      name: 'After a declined card, paying again with another card charges the order',
      run: (learner) => {
        const extra = { provider: { ...BASE.provider, declineRate: 0.1 }, doubleSubmitRate: 0.05 };
        const yours = run(learner, extra, 34);
        const none = run(null, extra, 34);
        expectTrue(
          yours.replayedDeclines === 0,
          `${yours.replayedDeclines} checkouts paid with a good card were answered with an ` +
            `earlier decline, and ${yours.ordersUnpaid} of ${yours.orders} orders were never ` +
            `paid (without keys: ${none.ordersUnpaid}). After a 402 the provider has stored the ` +
            'decline under that key and replays it (Stripe answers an error if the card changed): ' +
            'the next payment for the order needs a new key. `declines` counts the declines so far.',
        );
        expectTrue(
          yours.ordersChargedTwice === 0,
          `${yours.ordersChargedTwice} orders were charged more than once around a decline ` +
            '(retries and repeated presses of one payment must still share a key)',
        );
        return (
          `after ${yours.declined} declines no stored decline was replayed, ` +
          `${yours.orders - yours.ordersUnpaid} of ${yours.orders} orders were paid, none twice`
        );
      },
    },
  ],
});
