// The canary's promote/rollback rule. Every 10 s the rollout calls decide() with what the canary
// (the new version) and the baseline (the old version, over the same time) have served so far.
// Keep anything you remember between calls in state.vars: every deploy starts with it empty.
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  // Promotes as soon as the canary has served anything: a bad version goes everywhere.
  // TODO: roll back when the canary is clearly worse than the baseline (errors or p95 latency),
  //       promote once it has been watched long enough, and wait while the numbers are too few.
  return view.canary.requests > 0 ? 'promote' : 'wait';
}
