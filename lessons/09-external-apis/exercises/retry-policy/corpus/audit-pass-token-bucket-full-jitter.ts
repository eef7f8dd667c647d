/**
 * @expect pass
 * Audit learner: 1 s timeout, full jitter (100 ms base, 2 s cap), at most 5 attempts, a token bucket
 * that earns 0.2 per new call, starts with 10 tokens and saves at most 10; declines are never retried.
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
    timeoutMs: 1000,
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
