/**
 * @expect fail: Promotes every good version
 * Rolls back above a fixed 2 % error rate, ignoring the baseline: on a day when the old version also fails 3 %, the good release is rolled back.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.errorRate > 0.02) return 'rollback';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
