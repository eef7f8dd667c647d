/**
 * @expect pass
 * (Found in phase 2.) Bakes as long as the goal allows: promotes at elapsedMs >= 150,000 (the look at
 * 150 s of canary traffic), rolling back earlier on a clear difference from the baseline.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary: c, baseline: b } = view;
  if (c.requests >= 300) {
    if (c.errorRate > b.errorRate + 0.02) return 'rollback';
    if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  }
  return view.elapsedMs >= 150_000 ? 'promote' : 'wait';
}
