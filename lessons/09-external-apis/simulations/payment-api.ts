/**
 * Chapter 9: a checkout calling a payment provider that fails now and then, has an error spike and
 * an outage. The learner picks the retry policy, the timeout and whether attempts carry
 * idempotency keys; the shop (an ordinary engine scenario with the external API's hooks) is in ../model/payments.ts.
 */
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { policies, runCheckout, type ProviderSpec } from '../model/payments.ts';

const RATE = 50;
/** The provider accepts at most this many calls per second from the shop; more get a 429. */
const RATE_LIMIT = 100;
const DURATION_MS = 40_000;
/** A 3 s spike of 503s at 8 s, and a 10 s outage (no answers) from 22 s. */
const SPIKE = { atMs: 8_000, durationMs: 3_000, mode: 'error' as const };
const OUTAGE = { atMs: 22_000, durationMs: 10_000, mode: 'timeout' as const };
const INCIDENTS = {
  none: [],
  spike: [SPIKE],
  outage: [OUTAGE],
  both: [SPIKE, OUTAGE],
} as const;
type Incident = keyof typeof INCIDENTS;
const POLICY_LABELS = {
  none: 'No retries',
  immediate: 'Retry at once (5 attempts)',
  backoff: 'Backoff with jitter (5 attempts)',
  budget: 'Backoff with jitter + retry budget',
} as const;
type PolicyName = keyof typeof POLICY_LABELS;
const POLICY_NAMES = Object.keys(POLICY_LABELS) as PolicyName[];

const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export default defineSimulation({
  title: 'A checkout calling a payment API',
  description:
    `Customers check out ${RATE} times a second for ${DURATION_MS / 1000} simulated seconds. ` +
    'Each checkout calls a payment provider (about 80 ms a call) that fails some calls at random; ' +
    'it also answers nothing but 503 errors for 3 seconds from 8 s (a spike) and stops answering ' +
    'altogether from 22 s to 32 s (an outage). It accepts at most ' +
    `${RATE_LIMIT} calls a second from the shop and answers the rest with 429 (too many requests). ` +
    'Choose how the checkout retries.',
  caption:
    'Without retries, every failed call is a failed checkout. Retrying at once recovers random ' +
    'failures but multiplies the calls during an outage (a retry storm) exactly when the provider ' +
    'can least take them. Backoff with jitter spreads retries out; a retry budget caps them. A ' +
    'timeout far below the provider’s normal latency fails healthy calls; far above it, every ' +
    'checkout hangs during the outage. With a short timeout and no idempotency keys, calls the ' +
    'provider completed after the caller gave up are charged again on retry.',
  seed: 9,
  controls: [
    {
      kind: 'select',
      name: 'policy',
      label: 'Retry policy',
      default: 'backoff',
      options: POLICY_NAMES.map((value) => ({ value, label: POLICY_LABELS[value] })),
      help: 'What the checkout does when a call to the provider fails.',
    },
    {
      kind: 'slider',
      name: 'timeoutMs',
      label: 'Timeout per attempt',
      min: 100,
      max: 10_000,
      step: 100,
      default: 1_000,
      unit: 'ms',
      help: 'How long the checkout waits for one answer before treating the attempt as failed.',
    },
    {
      kind: 'slider',
      name: 'errorPercent',
      label: 'Random failures',
      min: 0,
      max: 30,
      step: 1,
      default: 5,
      unit: '%',
      help: 'Share of calls the provider answers with a 503 on an ordinary day.',
    },
    {
      kind: 'select',
      name: 'incident',
      label: 'Incidents',
      default: 'both',
      options: [
        { value: 'both', label: 'Error spike and outage' },
        { value: 'spike', label: 'Error spike only (8–11 s)' },
        { value: 'outage', label: 'Outage only (22–32 s)' },
        { value: 'none', label: 'None' },
      ],
      help: 'Scheduled trouble at the provider.',
    },
    {
      kind: 'select',
      name: 'keys',
      label: 'Idempotency keys',
      default: 'off',
      options: [
        { value: 'off', label: 'Off: every attempt may charge' },
        { value: 'on', label: 'On: one key per payment of an order' },
      ],
      help: 'With a key, the provider charges an order once however often it is retried.',
    },
  ],
  run(params, seed) {
    const policyName = pick(params.policy, POLICY_NAMES, 'backoff');
    const incident = pick(params.incident, Object.keys(INCIDENTS) as Incident[], 'both');
    const provider: ProviderSpec = {
      errorRate: params.errorPercent / 100,
      outages: [...INCIDENTS[incident]],
      rateLimitPerSec: RATE_LIMIT,
    };
    const simulateWith = (name: PolicyName) =>
      runCheckout({
        ratePerSec: RATE,
        durationMs: DURATION_MS,
        seed,
        provider,
        policy: policies[name](params.timeoutMs),
        ...(params.keys === 'on' ? { key: (order) => `order-${order.id}` } : {}),
      });
    const results = new Map(POLICY_NAMES.map((name) => [name, simulateWith(name)]));
    const r = results.get(policyName)!;
    const { t } = r.perSecond;

    const calls: Series = {
      title: 'Checkouts and calls to the provider per second',
      xLabel: 'Simulated time (s)',
      yLabel: 'per second',
      kind: 'line',
      lines: [
        { label: 'Checkouts started', points: t.map((x, i) => [x, r.perSecond.checkouts[i]!]) },
        { label: 'Calls made', points: t.map((x, i) => [x, r.perSecond.attempts[i]!]) },
      ],
    };
    const success: Series = {
      title: 'Checkouts that succeeded, by the second they finished',
      xLabel: 'Simulated time (s)',
      yLabel: 'Success rate (%)',
      kind: 'line',
      lines: [
        {
          label: POLICY_LABELS[policyName],
          points: t.map((x, i) => [x, r.perSecond.successRate[i]! * 100]),
        },
      ],
    };
    const compare: Series = {
      title: 'The four policies on the same traffic',
      xLabel: 'Retry policy',
      yLabel: 'percent of checkouts',
      kind: 'bar',
      categories: POLICY_NAMES.map((n) => POLICY_LABELS[n]),
      lines: [
        {
          label: 'Succeeded (%)',
          points: POLICY_NAMES.map((n, i) => {
            const x = results.get(n)!;
            return [i, (x.succeeded / x.checkouts) * 100];
          }),
        },
        {
          label: 'Extra calls (%)',
          points: POLICY_NAMES.map((n, i) => {
            const x = results.get(n)!;
            return [i, (x.retries / x.checkouts) * 100];
          }),
        },
      ],
    };

    return {
      figures: [
        {
          label: 'Checkouts succeeded',
          value: (r.succeeded / r.checkouts) * 100,
          unit: '%',
          digits: 1,
        },
        { label: 'Calls per checkout', value: r.attempts / r.checkouts, digits: 2 },
        { label: 'Latency p95', value: r.latency.p95, unit: 'ms' },
        { label: 'Slowest answer', value: r.latency.max / 1000, unit: 's', digits: 1 },
        { label: 'Orders charged twice', value: r.ordersChargedTwice },
      ],
      series: [calls, success, compare],
    };
  },
});
