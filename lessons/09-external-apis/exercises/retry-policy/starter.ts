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

export function createRetryPolicy(): RetryPolicy {
  return {
    // TODO: many HTTP clients wait this long or longer by default (some forever): during an
    // outage every checkout hangs for it.
    timeoutMs: 30_000,
    onCall(nowMs) {
      // TODO: a retry budget could earn a fraction of a retry for every new call here.
    },
    retryDelayMs(attempt, failure, nowMs, random) {
      // TODO: retrying at once, up to 5 attempts, multiplies the calls by 5 during an outage.
      // Wait longer after each failure (exponential backoff), randomise the wait (jitter),
      // and stop retrying when the budget is spent. Not every failure is worth a retry.
      return attempt < 5 ? 0 : null;
    },
  };
}
