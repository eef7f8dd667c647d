/**
 * @expect fail: Rolls back every bad version
 * Compares error counts instead of rates: the canary gets a sixth of the traffic, so its count stays below the baseline’s unless its rate is five times higher.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.errors > view.baseline.errors) return 'rollback';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
