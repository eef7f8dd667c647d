/**
 * @expect fail: Promotes every good version
 * (Found in phase 2.) Compares error rates with the baseline, but judges latency against a fixed
 * 500 ms limit instead of the baseline's p95: on a day when a slow dependency makes every answer
 * slower, it rolls back a good version, the same mistake as a fixed error threshold.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  if (c.requests < 300) return 'wait';
  if (c.errorRate > view.baseline.errorRate + 0.02) return 'rollback';
  if (c.latencyP95Ms > 500) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
