/**
 * @expect fail: Rolls back every bad version
 * Writes the bake time as 90 (seconds) where elapsedMs is in milliseconds, so it promotes at the first look.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.errorRate > 2 * view.baseline.errorRate + 0.01 && view.canary.requests >= 300)
    return 'rollback';
  if (view.canary.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms && view.canary.requests >= 300)
    return 'rollback';
  return view.elapsedMs >= 90 ? 'promote' : 'wait';
}
