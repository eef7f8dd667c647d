/**
 * @expect fail: Promotes every good version
 * Only ever rolls back or waits: a good version stays a canary forever and the deploy never finishes.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.errorRate > 2 * view.baseline.errorRate + 0.01) return 'rollback';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return 'wait';
}
