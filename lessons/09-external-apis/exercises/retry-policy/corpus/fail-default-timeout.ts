/**
 * @expect fail: No checkout waits
 * A careful backoff and budget, but the timeout stays at the HTTP client's 30 s default: during
 * the outage every checkout hangs for 30 s.
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
    timeoutMs: 30_000,
    onCall() {
      tokens = Math.min(20, tokens + 0.2);
    },
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined') return null;
      if (attempt >= 4 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
