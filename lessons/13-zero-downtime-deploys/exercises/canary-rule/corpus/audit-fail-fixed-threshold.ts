/**
 * @expect fail: Promotes every good version
 * Fixed threshold instead of the baseline: rolls back above 2 % errors, so on the day the payment
 * provider fails 3 % of every request it rolls back a good version.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  if (c.requests < 200) return 'wait';
  if (c.errorRate > 0.02) return 'rollback';
  if (c.latencyP95Ms > 1.5 * view.baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
