/**
 * @expect pass
 * Compares with the baseline with a margin: waits for 300 canary requests, rolls back when its error
 * rate is 2 points above the baseline's or its p95 is 1.5 times the baseline's, promotes after 120 s.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary, baseline } = view;
  if (canary.requests < 300) return 'wait';
  if (canary.errorRate > baseline.errorRate + 0.02) return 'rollback';
  if (canary.latencyP95Ms > 1.5 * baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
