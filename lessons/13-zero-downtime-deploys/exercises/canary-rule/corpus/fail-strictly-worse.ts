/**
 * @expect fail: Promotes every good version
 * Rolls back whenever the canary's error rate is above the baseline's at all: with the same true rate, noise puts it above about half the time.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  if (view.canary.requests < 300) return 'wait';
  if (view.canary.errorRate > view.baseline.errorRate) return 'rollback';
  if (view.canary.latencyP95Ms > view.baseline.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
