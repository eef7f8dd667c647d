/**
 * @expect pass
 * Counts consecutive bad evaluations in state.vars and rolls back on the second; promotes after 100 s with no bad streak.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  const { canary, baseline } = view;
  if (canary.requests < 150) return 'wait';
  const worse =
    canary.errorRate > baseline.errorRate * 1.5 + 0.015 ||
    canary.latencyP95Ms > baseline.latencyP95Ms * 1.6;
  const streak = worse ? (state.vars['bad'] ?? 0) + 1 : 0;
  state.vars['bad'] = streak;
  if (streak >= 2) return 'rollback';
  return view.elapsedMs >= 100_000 && streak === 0 ? 'promote' : 'wait';
}
