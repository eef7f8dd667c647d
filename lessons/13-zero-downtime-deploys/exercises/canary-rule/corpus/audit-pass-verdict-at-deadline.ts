/**
 * @expect pass
 * (Found in phase 2.) The boundary of the goal: waits the whole 120 s it may take to roll back, then
 * gives one verdict, a rollback if the canary's error rate is 1.5 points over the baseline's or its
 * p95 1.4 × the baseline's, a promotion otherwise (well within 150 s).
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.elapsedMs < 120_000) return 'wait';
  const { canary: c, baseline: b } = view;
  if (c.errorRate - b.errorRate > 0.015 || c.latencyP95Ms > 1.4 * b.latencyP95Ms) return 'rollback';
  return 'promote';
}
