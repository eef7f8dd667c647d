/**
 * @expect pass
 * No token budget: a circuit breaker. It counts calls and failures in the last 2 s; when more than
 * half of the attempts failed it stops retrying (open) until failures calm down. Full jitter, 4 attempts.
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
  const attempts: number[] = [];
  const failures: number[] = [];
  const windowMs = 2000;
  const prune = (list: number[], now: number) => {
    while (list.length > 0 && list[0]! < now - windowMs) list.shift();
  };
  return {
    timeoutMs: 1000,
    onCall(nowMs) {
      attempts.push(nowMs);
      prune(attempts, nowMs);
    },
    retryDelayMs(attempt, failure, nowMs, random) {
      if (failure === 'declined') return null;
      failures.push(nowMs);
      prune(failures, nowMs);
      prune(attempts, nowMs);
      const open = failures.length >= 5 && failures.length > 0.5 * attempts.length;
      if (open || attempt >= 4) return null;
      attempts.push(nowMs);
      return random() * Math.min(2000, 100 * 2 ** attempt);
    },
  };
}
