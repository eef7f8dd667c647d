/**
 * @expect pass
 * Waits, then gives one verdict at 100 s of canary traffic: roll back if the canary is worse than the
 * baseline by a margin (errors or p95), promote otherwise. Simple, and within both deadlines.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.elapsedMs < 100_000) return 'wait';
  const c = view.canary;
  const b = view.baseline;
  const moreErrors = c.errorRate - b.errorRate > 0.015;
  const slower = c.latencyP95Ms / b.latencyP95Ms > 1.5;
  return moreErrors || slower ? 'rollback' : 'promote';
}
