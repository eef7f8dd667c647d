/**
 * @expect fail: No checkout waits
 * Audit learner: a 3 s timeout "to be safe" with 5 attempts: when every attempt times out the
 * checkout takes over 15 s.
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
  let tokens = 10;
  return {
    timeoutMs: 3000,
    onCall() {
      tokens = Math.min(10, tokens + 0.2);
    },
    retryDelayMs(attempt, failure, _now, random) {
      if (failure === 'declined' || attempt >= 5 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
