import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';
import {
  runCheckout,
  type CallerPolicy,
  type CheckoutResult,
  type ProviderSpec,
} from '../../model/checkout.ts';

type Learner = typeof Solution;

const RATE = 50;
const DURATION_MS = 40_000;
/** A flaky provider: one call in ten fails with a 503. */
const FLAKY: ProviderSpec = { errorRate: 0.1 };
/** An outage: from 10 s to 25 s the provider accepts calls and never answers. */
const OUTAGE: ProviderSpec = {
  errorRate: 0.02,
  outages: [{ atMs: 10_000, durationMs: 15_000, mode: 'timeout' }],
};
const MAX_EXTRA = 0.25;
const MAX_WAIT_MS = 10_000;

/** A fresh policy from the learner, checked for shape. */
function policyOf(learner: Learner): CallerPolicy {
  const p: unknown = learner.createRetryPolicy();
  const o = p as Partial<CallerPolicy> | null;
  if (typeof o !== 'object' || o === null || typeof o.retryDelayMs !== 'function')
    fail(`createRetryPolicy() must return { timeoutMs, onCall, retryDelayMs }, got ${describe(p)}`);
  if (typeof o.timeoutMs !== 'number' || !(o.timeoutMs > 0))
    fail(`timeoutMs must be a number of ms above 0, got ${describe(o.timeoutMs)}`);
  return o as CallerPolicy;
}

const cache = new WeakMap<object, Map<string, CheckoutResult>>();
function run(learner: Learner, name: 'flaky' | 'outage'): CheckoutResult {
  let runs = cache.get(learner);
  if (!runs) cache.set(learner, (runs = new Map<string, CheckoutResult>()));
  let r = runs.get(name);
  if (!r) {
    r = runCheckout({
      ratePerSec: RATE,
      durationMs: DURATION_MS,
      seed: 21,
      provider: name === 'flaky' ? FLAKY : OUTAGE,
      policy: policyOf(learner),
    });
    runs.set(name, r);
  }
  return r;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export default defineChecks<Learner>({
  exports: ['createRetryPolicy'],
  checks: [
    {
      name: 'With a flaky provider (10 % of calls fail), ≥ 99 % of checkouts succeed',
      run: (learner) => {
        const r = run(learner, 'flaky');
        const success = r.succeeded / r.checkouts;
        expectTrue(
          success >= 0.99,
          `${pct(success)} of ${r.checkouts} checkouts succeeded (target 99 %), with ` +
            `${r.attempts} calls to the provider. ` +
            (policyOf(learner).timeoutMs < 400
              ? 'Your timeout is shorter than many healthy calls take.'
              : 'Retry failed calls: each retry fails again only one time in ten.'),
        );
        return `${pct(success)} succeeded with ${pct(r.retries / r.checkouts)} extra calls`;
      },
    },
    {
      name: `During a 15 s outage, retries add at most ${MAX_EXTRA * 100} % extra calls (no retry storm)`,
      run: (learner, { chart }) => {
        const r = run(learner, 'outage');
        chart({
          title: 'Calls to the provider per second (outage from 10 s to 25 s)',
          xLabel: 'simulated time (s)',
          yLabel: 'per second',
          kind: 'line',
          lines: [
            {
              label: 'checkouts started',
              points: r.perSecond.t.map((t, i) => [t, r.perSecond.checkouts[i]!] as const),
            },
            {
              label: 'calls made (your policy)',
              points: r.perSecond.t.map((t, i) => [t, r.perSecond.attempts[i]!] as const),
            },
          ],
        });
        const extra = r.retries / r.checkouts;
        const peak = Math.max(...r.perSecond.attempts);
        expectTrue(
          extra <= MAX_EXTRA,
          `retries added ${pct(extra)} extra calls (${r.retries} retries for ${r.checkouts} ` +
            `checkouts; at the worst second ${peak} calls for about ${RATE} checkouts). ` +
            'A retry budget caps this: let each new call earn a fraction of a retry.',
        );
        return `${pct(extra)} extra calls; the busiest second saw ${peak} calls`;
      },
    },
    {
      name: `Even during the outage, no checkout waits more than ${MAX_WAIT_MS / 1000} s for an answer`,
      run: (learner) => {
        const r = run(learner, 'outage');
        expectTrue(
          r.latency.max <= MAX_WAIT_MS,
          `the slowest checkout waited ${(r.latency.max / 1000).toFixed(1)} s (p99 ` +
            `${(r.latency.p99 / 1000).toFixed(1)} s). With a timeout of ` +
            `${policyOf(learner).timeoutMs} ms per attempt, a hanging provider holds every ` +
            'attempt that long: use a timeout of about a second, and few attempts.',
        );
        return `slowest answer ${(r.latency.max / 1000).toFixed(1)} s, p99 ${(r.latency.p99 / 1000).toFixed(1)} s`;
      },
    },
    {
      name: 'Waits grow after each failure and are randomised (backoff with jitter)',
      run: (learner) => {
        const delay = (attempt: number, u: number) => {
          const d: unknown = policyOf(learner).retryDelayMs(attempt, 'error', 0, () => u);
          return typeof d === 'number' ? d : NaN;
        };
        const first = delay(1, 0.5);
        const third = delay(3, 0.5);
        expectTrue(
          Number.isFinite(first) && Number.isFinite(third) && third >= 2 * first && third > 0,
          `with the same random number, the wait after attempt 1 was ${first} ms and after ` +
            `attempt 3 ${third} ms; with exponential backoff it at least doubles per attempt`,
        );
        const low = delay(2, 0.1);
        const high = delay(2, 0.9);
        expectTrue(
          low !== high,
          `after attempt 2 the wait was ${low} ms whatever random() returned: without jitter, ` +
            'checkouts that failed together retry together, in waves',
        );
        return `after attempts 1 and 3: ${first.toFixed(0)} and ${third.toFixed(0)} ms; jittered`;
      },
    },
  ],
});
