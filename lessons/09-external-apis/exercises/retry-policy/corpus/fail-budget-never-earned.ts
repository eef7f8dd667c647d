/**
 * @expect fail: With a flaky
 * Budget starts at 5 and onCall never refills it (forgot to earn): after five retries the policy
 * never retries again, so the flaky provider's random failures become failed checkouts.
 */
export type Failure = 'error' | 'timeout' | 'rate-limited' | 'declined';

export interface RetryPolicy {
  timeoutMs: number;
  onCall(nowMs: number): void;
  retryDelayMs(
    attempt: number,
    failure: Failure,
    nowMs: number,
    random: () => number,
  ): number | null;
}

export function createRetryPolicy(): RetryPolicy {
  let tokens = 5;
  return {
    timeoutMs: 1000,
    onCall() {},
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined') return null;
      if (attempt >= 4 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
