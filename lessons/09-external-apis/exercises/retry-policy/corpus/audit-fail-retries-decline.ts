/**
 * @expect fail: A declined card
 * Audit learner: a good policy except that every failure is retried, the 402 decline included.
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
    retryDelayMs(attempt, _failure, _now, random) {
      if (attempt >= 5 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
