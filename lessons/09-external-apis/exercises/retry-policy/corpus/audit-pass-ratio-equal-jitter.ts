/**
 * @expect pass
 * Audit learner: counts calls and retries since the start and retries only while retries stay
 * under 20 % of calls; equal jitter (half fixed, half random), 800 ms timeout, 4 attempts.
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
  let calls = 0;
  let retries = 0;
  return {
    timeoutMs: 800,
    onCall() {
      calls += 1;
    },
    retryDelayMs(attempt, failure, _now, random) {
      if (failure === 'declined') return null;
      if (attempt >= 4) return null;
      if (retries + 1 > 0.2 * calls) return null;
      retries += 1;
      const backoff = Math.min(1500, 150 * 2 ** (attempt - 1));
      return backoff / 2 + (random() * backoff) / 2;
    },
  };
}
