/**
 * @expect fail: During a 15 s outage
 * Audit learner: reads "a fraction of a retry" as half a retry per call, so during an outage
 * retries add about 50 % to the calls.
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
      tokens = Math.min(10, tokens + 0.5);
    },
    retryDelayMs(attempt, failure, _now, random) {
      if (failure === 'declined' || attempt >= 5 || tokens < 1) return null;
      tokens -= 1;
      return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
    },
  };
}
