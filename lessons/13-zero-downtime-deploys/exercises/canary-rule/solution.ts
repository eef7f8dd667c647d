// The canary's promote/rollback rule. Every 10 s the rollout calls decide() with what the canary
// (the new version) and the baseline (the old version, over the same time) have served so far.
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary, baseline } = view;
  // A few dozen requests say little: at 5 % errors, 40 requests show none one time in eight.
  if (canary.requests < 300) return 'wait';
  // Compare with the baseline over the same time, so a bad day for everyone is not the canary's
  // fault; the margin keeps noise (and a baseline near 0) from rolling back a good version.
  if (canary.errorRate > 2 * baseline.errorRate + 0.01) return 'rollback';
  if (canary.latencyP95Ms > 1.5 * baseline.latencyP95Ms) return 'rollback';
  // Nothing clearly wrong after a bake time long enough for both checks to have data: promote.
  return view.elapsedMs >= 90_000 ? 'promote' : 'wait';
}
