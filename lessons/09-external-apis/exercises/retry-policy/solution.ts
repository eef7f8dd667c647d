// The checkout calls a payment provider. Some calls fail (a 503, a timeout, a 429), so the server
// retries (with the same idempotency key, so a retry never charges twice). A good policy turns a flaky provider into a reliable checkout; a bad one turns an
// outage into a flood of extra calls (a retry storm) that keeps the provider down.
// The engine calls your policy; one policy object serves every checkout of the server.

/**
 * Why one attempt failed: a 503 answer ('error'), no answer within timeoutMs ('timeout'), a 429
 * (slow down), or a 402 decline ('declined': the card issuer said no, a definite answer).
 */
export type Failure = 'error' | 'timeout' | 'rate-limited' | 'declined';

export interface RetryPolicy {
  /** How long to wait for one attempt before giving up on it, ms. */
  timeoutMs: number;
  /** A checkout starts a new payment call (retries do not call this). */
  onCall(nowMs: number): void;
  /**
   * Attempt number `attempt` (1 = the first) failed with `failure` at `nowMs`.
   * Return how many ms to wait before the next attempt, or null to give up.
   * `random()` is a seeded random number in [0, 1): use it for jitter.
   */
  retryDelayMs(
    attempt: number,
    failure: Failure,
    nowMs: number,
    random: () => number,
  ): number | null;
}

const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 2_000;
/** Retries may add about 20 % to the calls: each new call earns 0.2 of a retry. */
const BUDGET_PER_CALL = 0.2;
/** A little saved up for a burst of failures, and no more. */
const MAX_TOKENS = 20;

export function createRetryPolicy(): RetryPolicy {
  let tokens = MAX_TOKENS;
  return {
    // Healthy calls answer within a few hundred ms; a second means something is wrong.
    timeoutMs: 1_000,
    onCall() {
      tokens = Math.min(MAX_TOKENS, tokens + BUDGET_PER_CALL);
    },
    retryDelayMs(attempt, failure, _nowMs, random) {
      // A decline is an answer, not a failure: asking again gets the same no.
      if (failure === 'declined' || attempt >= MAX_ATTEMPTS) return null;
      // Budget spent: the provider is failing for everyone, and more calls will not help it.
      if (tokens < 1) return null;
      tokens -= 1;
      // Exponential backoff (100, 200, 400 … ms, capped) with full jitter: a random wait in
      // [0, backoff), so the retries of many checkouts do not arrive together.
      const backoff = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
      return random() * backoff;
    },
  };
}
