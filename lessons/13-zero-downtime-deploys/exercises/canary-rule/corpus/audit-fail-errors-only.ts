/**
 * @expect fail: Rolls back every bad version
 * Compares error rates with the baseline and a margin, but never latency: the version that answers
 * correctly but slowly is promoted.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  if (c.requests < 300) return 'wait';
  if (c.errorRate > view.baseline.errorRate + 0.02) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
