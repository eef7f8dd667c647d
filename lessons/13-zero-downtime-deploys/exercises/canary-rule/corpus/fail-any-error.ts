/**
 * @expect fail: Promotes every good version
 * Rolls back at the canary's first failed request, though the old version fails a few requests too.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.errors > 0) return 'rollback';
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
