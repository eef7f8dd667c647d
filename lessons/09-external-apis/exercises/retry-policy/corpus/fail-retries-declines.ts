/**
 * @expect fail: A declined card
 * A good budget and backoff, but it retries every failure the same way, a 402 decline included:
 * the card is declined again (or the decline replayed), and the customer waits for nothing.
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
    retryDelayMs(attempt, _failure, _nowMs, random) {
      if (attempt >= 4 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
