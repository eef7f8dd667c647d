/**
 * @expect fail: Rolls back every bad version
 * Compares error counts instead of rates: the baseline serves ten times the canary's requests, so
 * it always has more errors and a failing canary is never rolled back.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests < 300) return 'wait';
  if (c.errors > b.errors) return 'rollback';
  if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
