/**
 * A run that ended before any check could report: the one shape the page and the sandbox Worker
 * both send when compiling, loading or running fails as a whole.
 */
import type { RunError, RunResult } from 'archlab';

/** A result with no checks, no output and this error. */
export function failedRun(error: RunError, durationMs = 0): RunResult {
  return { checks: [], console: [], consoleHidden: 0, series: [], durationMs, error };
}
