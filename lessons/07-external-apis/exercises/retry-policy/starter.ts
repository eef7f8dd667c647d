// The checkout calls a payment provider. Some calls fail (a 503, a timeout, a 429), so the server
// retries. A good policy turns a flaky provider into a reliable checkout; a bad one turns an
// outage into a flood of extra calls (a retry storm) that keeps the provider down.
// The engine calls your policy; one policy object serves every checkout of the server.

/** Why one attempt failed: a 5xx answer, no answer within timeoutMs, or a 429 (slow down). */
export type Failure = 'error' | 'timeout' | 'rate-limited';

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
    // TODO: 30 s is the default of many HTTP clients: during an outage every checkout hangs for it.
    timeoutMs: 30_000,
    onCall(nowMs) {
      // TODO: a retry budget could earn a fraction of a retry for every new call here.
    },
    retryDelayMs(attempt, failure, nowMs, random) {
      // TODO: retrying at once, up to 5 attempts, multiplies the calls by 5 during an outage.
      // Wait longer after each failure (exponential backoff), randomise the wait (jitter),
      // and stop retrying when the budget is spent.
      return attempt < 5 ? 0 : null;
    },
  };
}
