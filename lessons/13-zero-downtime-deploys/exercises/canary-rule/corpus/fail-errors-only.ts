/**
 * @expect fail: Rolls back every bad version
 * Watches only the error rate: a version that answers correctly but needs more CPU per request is promoted.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.errorRate > 2 * view.baseline.errorRate + 0.01) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
