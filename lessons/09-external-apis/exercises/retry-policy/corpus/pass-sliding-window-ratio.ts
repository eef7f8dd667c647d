/**
 * @expect pass
 * A budget as a ratio over a sliding 10 s window (like Finagle's RetryBudget): a retry is allowed
 * while retries in the window stay under 20 % of the calls in it, plus 3 retries per window always.
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
  const calls: number[] = [];
  const retries: number[] = [];
  const windowMs = 10_000;
  const prune = (list: number[], now: number) => {
    while (list.length > 0 && list[0]! <= now - windowMs) list.shift();
  };
  return {
    timeoutMs: 1200,
    onCall(nowMs) {
      calls.push(nowMs);
      prune(calls, nowMs);
    },
    retryDelayMs(attempt, failure, nowMs, random) {
      if (failure === 'declined') return null;
      prune(calls, nowMs);
      prune(retries, nowMs);
      if (attempt >= 4) return null;
      if (retries.length >= 3 + 0.2 * calls.length) return null;
      retries.push(nowMs);
      const cap = 2000;
      return random() * Math.min(cap, 200 * 2 ** (attempt - 1));
    },
  };
}
