/**
 * @expect fail: Rolls back every bad version
 * Decides at the first look, after 10 s and a few dozen requests: a version failing 7 % can show no error yet and be promoted.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.errorRate > 2 * view.baseline.errorRate + 0.01) return 'rollback';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return 'promote';
}
