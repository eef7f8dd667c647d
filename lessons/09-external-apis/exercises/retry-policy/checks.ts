import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';
import {
  runCheckout,
  type CallerPolicy,
  type CheckoutResult,
  type Failure,
  type ProviderSpec,
} from '../../model/payments.ts';

type Learner = typeof Solution;

const RATE = 50;
/** A flaky provider: one call in ten fails with a 503; two short runs with their own seeds. */
const FLAKY: ProviderSpec = { errorRate: 0.1 };
const FLAKY_MS = 20_000;
const FLAKY_SEEDS = [21, 22] as const;
/** An outage: from 10 s to 25 s the provider accepts calls and never answers. */
const OUTAGE: ProviderSpec = {
  errorRate: 0.02,
  outages: [{ atMs: 10_000, durationMs: 15_000, mode: 'timeout' }],
};
/**
 * The storm is measured over the outage's last 10 s: a budget may spend what it saved at the start
 * (Finagle's deposits live 10 s), but after that only what it earns. Over the whole run the healthy
 * stretches dilute a storm: a budget earning 0.5 retries a call passed at about 22 %.
 */
const STORM_FROM_MS = 15_000;
const STORM_TO_MS = 25_000;
const OUTAGE_MS = 40_000;
const MIN_SUCCESS = 0.99;
const MAX_EXTRA = 0.25;
const MAX_WAIT_MS = 10_000;
/** Calls reported to a probed policy first, as the engine would on a healthy day (one per 20 ms). */
const WARM_UP_CALLS = 500;
const WARM_UP_GAP_MS = 20;
/** Stop probing one checkout after this many attempts: “retrying forever” shows long before. */
const PROBE_ATTEMPTS = 50;

/** A fresh policy from the learner, checked for shape. */
function policyOf(learner: Learner): CallerPolicy {
  const p: unknown = learner.createRetryPolicy();
  const o = p as Partial<CallerPolicy> | null;
  if (typeof o !== 'object' || o === null || typeof o.retryDelayMs !== 'function')
    fail(`createRetryPolicy() must return { timeoutMs, onCall, retryDelayMs }, got ${describe(p)}`);
  if (typeof o.timeoutMs !== 'number' || !(o.timeoutMs > 0))
    fail(`timeoutMs must be a number of ms above 0, got ${describe(o.timeoutMs)}`);
  if (o.onCall !== undefined && typeof o.onCall !== 'function')
    fail(`onCall must be a function, got ${describe(o.onCall)}`);
  return o as CallerPolicy;
}

/**
 * A fresh policy that has already seen a healthy stretch of calls, as it would in the engine: a
 * budget that starts empty has earned its retries, and one that starts full is still full.
 */
function warmPolicy(learner: Learner): { policy: CallerPolicy; nowMs: number } {
  const policy = policyOf(learner);
  let nowMs = 0;
  for (let i = 0; i < WARM_UP_CALLS; i++, nowMs += WARM_UP_GAP_MS) policy.onCall?.(nowMs);
  return { policy, nowMs };
}

/** The delay a policy returns, as a number or null; anything else is named in the message. */
function delayOf(
  policy: CallerPolicy,
  attempt: number,
  failure: Failure,
  nowMs: number,
  random: () => number,
): number | null {
  const d: unknown = policy.retryDelayMs(attempt, failure, nowMs, random);
  if (d === null) return null;
  if (typeof d !== 'number' || !(d >= 0) || d === Infinity)
    fail(
      `retryDelayMs(${attempt}, '${failure}', …) returned ${describe(d)}: return a wait in ms ` +
        '(0 or more) or null to give up',
    );
  return d;
}

/**
 * One checkout whose every attempt fails with `failure`, on a warmed-up policy, `random` fixed:
 * the waits the policy chooses, until it gives up, the probe's limit, or `stopAfterMs` of waiting.
 */
function probe(
  learner: Learner,
  failure: Failure,
  u: number,
  stopAfterMs = Infinity,
): { waits: number[]; totalMs: number; timeoutMs: number; gaveUp: boolean } {
  const { policy, nowMs: start } = warmPolicy(learner);
  const perAttempt = failure === 'timeout' ? policy.timeoutMs : 0;
  const waits: number[] = [];
  let now = start + perAttempt;
  for (let attempt = 1; attempt <= PROBE_ATTEMPTS; attempt++) {
    const d = delayOf(policy, attempt, failure, now, () => u);
    if (d === null)
      return { waits, totalMs: now - start, timeoutMs: policy.timeoutMs, gaveUp: true };
    waits.push(d);
    now += d + perAttempt;
    if (now - start > stopAfterMs) break;
  }
  return { waits, totalMs: now - start, timeoutMs: policy.timeoutMs, gaveUp: false };
}

const cache = new WeakMap<object, Map<string, CheckoutResult>>();
function run(learner: Learner, name: string, provider: ProviderSpec, ms: number, seed: number) {
  let runs = cache.get(learner);
  if (!runs) cache.set(learner, (runs = new Map<string, CheckoutResult>()));
  let r = runs.get(name);
  if (!r) {
    r = runCheckout({
      ratePerSec: RATE,
      durationMs: ms,
      seed,
      provider,
      policy: policyOf(learner),
    });
    runs.set(name, r);
  }
  return r;
}
const outage = (learner: Learner) => run(learner, 'outage', OUTAGE, OUTAGE_MS, 21);

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const ms = (x: number) => `${Math.round(x)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');

/** Why checkouts failed, from what the run recorded. */
function whyFailed(r: CheckoutResult, timeoutMs: number): string {
  const after = r.failedAfterAttempts
    .map((n, attempts) =>
      n > 0 ? `${n} after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '',
    )
    .filter(Boolean)
    .join(', ');
  const f = r.failures;
  return (
    `${r.failed} failed (${after || 'none'}). Of ${r.attempts} attempts, ${f.error} got a 503, ` +
    `${f.timeout} hit your ${timeoutMs} ms timeout and ${f['rate-limited']} a 429. ` +
    (f.timeout > f.error
      ? 'More attempts timed out than failed: healthy calls take about 80 ms but sometimes several hundred; is the timeout too short?'
      : 'Checkouts that gave up after 1 attempt were not retried at all: is the budget empty, or never earned in onCall?')
  );
}

export default defineChecks<Learner>({
  exports: ['createRetryPolicy'],
  checks: [
    {
      name: `With a flaky provider (10 % of calls fail), ≥ ${MIN_SUCCESS * 100} % of checkouts succeed`,
      run: (learner) => {
        const results = FLAKY_SEEDS.map((seed) =>
          run(learner, `flaky-${seed}`, FLAKY, FLAKY_MS, seed),
        );
        const timeoutMs = policyOf(learner).timeoutMs;
        results.forEach((r, i) => {
          const success = r.succeeded / r.checkouts;
          expectTrue(
            success >= MIN_SUCCESS,
            `in run ${i + 1} (seed ${FLAKY_SEEDS[i]}), ${pct(success)} of ${r.checkouts} ` +
              `checkouts succeeded (target ${MIN_SUCCESS * 100} %): ${whyFailed(r, timeoutMs)}`,
          );
        });
        return results
          .map(
            (r) =>
              `${pct(r.succeeded / r.checkouts)} succeeded with ${pct(r.retries / r.checkouts)} extra calls`,
          )
          .join('; ');
      },
    },
    {
      name: `During a 15 s outage, retries add at most ${MAX_EXTRA * 100} % extra calls (no retry storm)`,
      run: (learner, { chart }) => {
        const r = outage(learner);
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
        const { t, attempts, checkouts } = r.perSecond;
        let calls = 0;
        let started = 0;
        t.forEach((sec, i) => {
          if (sec * 1000 >= STORM_FROM_MS && sec * 1000 < STORM_TO_MS) {
            calls += attempts[i]!;
            started += checkouts[i]!;
          }
        });
        const extra = calls / started - 1;
        const peak = Math.max(...attempts);
        const window = `${STORM_FROM_MS / 1000}–${STORM_TO_MS / 1000} s, once the outage is 5 s old`;
        expectTrue(
          extra <= MAX_EXTRA,
          `during the outage (${window}) your policy made ${calls} calls for ${started} ` +
            `checkouts: ${pct(extra)} extra, at the busiest second ${peak} calls for about ` +
            `${RATE} checkouts. When every call fails, every checkout uses all its attempts: a ` +
            'retry budget (or a circuit breaker) stops retrying once failures are everywhere. A ' +
            'budget that saves up without limit during the healthy stretch spends it all here.',
        );
        return `${pct(extra)} extra calls during the outage; the busiest second saw ${peak} calls`;
      },
    },
    {
      name: `No checkout waits more than ${MAX_WAIT_MS / 1000} s for an answer, even during the outage`,
      run: (learner) => {
        const r = outage(learner);
        expectTrue(
          r.latency.max <= MAX_WAIT_MS,
          `in the outage run the slowest checkout waited ${s(r.latency.max)} (p99 ` +
            `${s(r.latency.p99)}). Each attempt can hang for your timeout of ` +
            `${policyOf(learner).timeoutMs} ms, plus the waits between attempts.`,
        );
        // The unluckiest checkout: every attempt hangs until the timeout, every wait is the longest.
        const worst = probe(learner, 'timeout', 0.999, MAX_WAIT_MS);
        const attempts = worst.waits.length + 1;
        expectTrue(
          worst.totalMs <= MAX_WAIT_MS,
          `a checkout whose every attempt times out, with random() near 1, waits ` +
            `${worst.gaveUp ? '' : 'over '}${s(worst.totalMs)}: ${attempts} attempts of ` +
            `${worst.timeoutMs} ms and waits of ${list(worst.waits)} ms` +
            `${worst.gaveUp ? '' : ', and it was still retrying'}. Limit the attempts and cap the backoff.`,
        );
        return `slowest answer ${s(r.latency.max)}; worst case for one checkout ${s(worst.totalMs)}`;
      },
    },
    {
      name: 'Waits grow after each failure (exponential backoff)',
      run: (learner) => {
        const { waits, gaveUp } = probe(learner, 'error', 0.5);
        expectTrue(
          waits.length > 0,
          'after one 503 your policy gave up at once, even with retries earned from ' +
            `${WARM_UP_CALLS} healthy calls: a flaky provider needs retries`,
        );
        if (waits.length === 1)
          return `gives up after 2 attempts (first wait ${ms(waits[0]!)}): no later wait to compare`;
        const [first, second] = waits as [number, number];
        expectTrue(
          second > first && second > 0,
          `with random() = 0.5, the wait after attempt 1 was ${ms(first)} and after attempt 2 ` +
            `${ms(second)}: it should grow (double, with exponential backoff), so retries ` +
            'back off while the provider is struggling',
        );
        return `with random() = 0.5 the waits were ${list(waits)} ms${gaveUp ? ', then it gave up' : ''}`;
      },
    },
    {
      name: 'Waits are randomised with the seeded random() (jitter)',
      run: (learner) => {
        const same = [probe(learner, 'error', 0.5), probe(learner, 'error', 0.5)];
        expectTrue(
          list(same[0]!.waits) === list(same[1]!.waits),
          `two fresh policies, given the same calls and the same random numbers, waited ` +
            `${list(same[0]!.waits)} ms and ${list(same[1]!.waits)} ms: the waits must come from ` +
            'the random() passed to retryDelayMs (seeded, so a run can be repeated), not ' +
            'Math.random(), and from the policy’s own state, not a variable shared between policies',
        );
        const low = probe(learner, 'error', 0.1).waits[0];
        const high = probe(learner, 'error', 0.9).waits[0];
        expectTrue(
          low !== undefined && high !== undefined && Math.abs(high - low) >= 1,
          `after attempt 1 the wait was ${low === undefined ? 'none' : ms(low)} with random() = 0.1 ` +
            `and ${high === undefined ? 'none' : ms(high)} with random() = 0.9: without jitter, ` +
            'checkouts that failed together retry together, in waves',
        );
        return `after attempt 1: ${ms(low ?? NaN)} with random() = 0.1, ${ms(high ?? NaN)} with 0.9`;
      },
    },
    {
      name: 'A declined card (402) is not retried',
      run: (learner) => {
        const { policy, nowMs } = warmPolicy(learner);
        const d = delayOf(policy, 1, 'declined', nowMs, () => 0.5);
        expectTrue(
          d === null,
          `after a 402 decline your policy waits ${d === null ? '' : ms(d)} and tries again. A ` +
            'decline is a definite answer, not a failure: the same card is declined again (and ' +
            'with the same idempotency key the provider replays the saved decline). Return null.',
        );
        return 'gives up on a decline at once';
      },
    },
  ],
});
