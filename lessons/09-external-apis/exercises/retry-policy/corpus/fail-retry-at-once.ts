/**
 * @expect fail: Waits grow
 * A budget and 4 attempts, but retries at once (delay 0): no backoff, so retries land in the same
 * spike that failed the first attempt.
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
  let tokens = 0;
  return {
    timeoutMs: 1000,
    onCall() {
      tokens = Math.min(20, tokens + 0.2);
    },
    retryDelayMs(attempt, failure) {
      if (failure === 'declined') return null;
      if (attempt >= 4 || tokens < 1) return null;
      tokens -= 1;
      return 0;
    },
  };
}
