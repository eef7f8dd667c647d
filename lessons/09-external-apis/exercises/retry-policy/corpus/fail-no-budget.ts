/**
 * @expect fail: During a
 * Backoff with full jitter and 4 attempts, but no retry budget: during an outage every checkout
 * makes all 4 attempts, and the provider gets about four times its traffic.
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
  return {
    timeoutMs: 1000,
    onCall() {},
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined') return null;
      if (attempt >= 4) return null;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
