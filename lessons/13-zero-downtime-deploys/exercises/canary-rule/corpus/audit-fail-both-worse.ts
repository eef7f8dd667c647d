/**
 * @expect fail: Rolls back every bad version
 * (Found in phase 2.) Rolls back only when the canary is worse on errors *and* on latency (&& where
 * || was meant): a version that fails more but answers as fast, or answers slower without failing,
 * is promoted.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary: c, baseline: b } = view;
  if (c.requests < 300) return 'wait';
  if (c.errorRate > b.errorRate + 0.02 && c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
