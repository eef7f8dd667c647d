/**
 * @expect fail: Promotes every good version
 * (Found in phase 2.) A relative margin only: rolls back when the canary fails more than 1.5 times
 * as often as the baseline. On a quiet day the baseline fails 0.2 %, and one or two unlucky
 * errors in a few hundred requests are already "1.5 times" that.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary: c, baseline: b } = view;
  if (c.requests < 300) return 'wait';
  if (c.errorRate > 1.5 * b.errorRate) return 'rollback';
  if (c.latencyP95Ms > 1.5 * b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
