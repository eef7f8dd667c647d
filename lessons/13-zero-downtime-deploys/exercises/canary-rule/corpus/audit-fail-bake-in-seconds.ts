/**
 * @expect fail: Rolls back every bad version
 * Units: reads elapsedMs as seconds, so the 120 "s" bake has passed at the first look and everything
 * is promoted before the canary has shown anything.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests >= 300) {
    if (c.errorRate > b.errorRate + 0.02) return 'rollback';
    if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  }
  return view.elapsedMs >= 120 ? 'promote' : 'wait';
}
