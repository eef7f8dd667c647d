/**
 * @expect pass
 * “Decorrelated jitter” from the AWS article: each wait is random between the base and three times
 * the previous wait, capped; a token budget (starting with 5 tokens) and at most 4 attempts.
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
  const base = 100;
  const cap = 2000;
  let previous = base;
  let tokens = 5;
  return {
    timeoutMs: 900,
    onCall() {
      tokens = Math.min(15, tokens + 0.2);
    },
    retryDelayMs(attempt, failure, _nowMs, random) {
      if (failure === 'declined' || attempt >= 4 || tokens < 1) return null;
      tokens -= 1;
      if (attempt === 1) previous = base;
      previous = Math.min(cap, base + random() * (previous * 3 - base));
      return previous;
    },
  };
}
