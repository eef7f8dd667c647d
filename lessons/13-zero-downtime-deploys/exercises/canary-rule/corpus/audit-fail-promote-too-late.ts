/**
 * @expect fail: Promotes every good version
 * Boundary: bakes for "more than 150 s" (strictly greater), so a good version is promoted at 160 s of
 * canary traffic, past the 150 s the goal allows.
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
  return view.elapsedMs > 150_000 ? 'promote' : 'wait';
}
