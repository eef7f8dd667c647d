/**
 * @expect fail: No checkout waits
 * Six attempts and a backoff that doubles without a cap: the last waits alone can reach 3.2 and
 * 6.4 s, so a checkout that keeps failing waits well over 10 s.
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
    timeoutMs: 600,
    onCall() {
      tokens = Math.min(20, tokens + 0.2);
    },
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined') return null;
      if (attempt >= 6 || tokens < 1) return null;
      tokens -= 1;
      return random() * 200 * 2 ** attempt;
    },
  };
}
