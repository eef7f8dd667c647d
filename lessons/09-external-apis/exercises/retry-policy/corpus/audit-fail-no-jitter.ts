/**
 * @expect fail: Waits are randomised
 * Audit learner: exponential backoff and a budget, but the wait is the backoff itself, no jitter,
 * so every client that failed together retries together.
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
      tokens = Math.min(10, tokens + 0.2);
    },
    retryDelayMs(attempt, failure) {
      if (failure === 'declined' || attempt >= 5 || tokens < 1) return null;
      tokens -= 1;
      return Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
