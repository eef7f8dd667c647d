/**
 * @expect fail: With a flaky
 * A 100 ms timeout: healthy calls take about 80 ms, so a large share time out, and the budget
 * cannot retry them all.
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
    timeoutMs: 100,
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
