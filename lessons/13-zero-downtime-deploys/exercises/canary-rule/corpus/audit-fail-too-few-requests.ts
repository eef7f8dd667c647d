/**
 * @expect fail: Promotes every good version
 * Judges on too few requests: rolls back at the first look on any error rate above the baseline's plus
 * a point, with a few dozen requests, where one unlucky error in 60 is already 1.7 %.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests === 0) return 'wait';
  if (c.errorRate > b.errorRate + 0.01) return 'rollback';
  if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 60_000 ? 'promote' : 'wait';
}
