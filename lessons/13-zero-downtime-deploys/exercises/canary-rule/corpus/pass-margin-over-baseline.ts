/**
 * @expect pass
 * Waits for 300 canary requests, rolls back when its error rate exceeds twice the baseline's plus one point or its p95 is 1.5 × the baseline's, promotes after 90 s.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary, baseline } = view;
  if (canary.requests < 300) return 'wait';
  if (canary.errorRate > 2 * baseline.errorRate + 0.01) return 'rollback';
  if (canary.latencyP95Ms > 1.5 * baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
