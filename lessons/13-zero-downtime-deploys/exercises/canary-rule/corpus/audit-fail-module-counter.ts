/**
 * @expect fail: Decides the same way
 * Hidden module state: counts looks in a module variable instead of state.vars, so the next run
 * starts with the count already past the bake and promotes at its first look.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

let looks = 0;

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  looks++;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests >= 300) {
    if (c.errorRate > b.errorRate + 0.02) return 'rollback';
    if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  }
  return looks >= 12 ? 'promote' : 'wait';
}
