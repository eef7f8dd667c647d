/**
 * @expect pass
 * Gives up after 3 attempts (hint 2 allows it); equal jitter (half the backoff fixed, half
 * random); a budget that starts with 10 retries in hand; 800 ms timeout.
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
  const budget = { tokens: 10, max: 10 };
  return {
    timeoutMs: 800,
    onCall() {
      budget.tokens = Math.min(budget.max, budget.tokens + 0.15);
    },
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined') return null;
      if (attempt >= 3) return null;
      if (budget.tokens < 1) return null;
      budget.tokens--;
      const backoff = Math.min(1000, 150 * 2 ** attempt);
      return backoff / 2 + (random() * backoff) / 2;
    },
  };
}
