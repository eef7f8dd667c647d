/**
 * @expect fail: Promotes every good version
 * No margin for noise: rolls back whenever the canary looks any worse than the baseline, errors or
 * p95, so identical versions get rolled back about half the time.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests < 200) return 'wait';
  if (c.errorRate > b.errorRate || c.latencyP95Ms > b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
