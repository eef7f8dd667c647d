/**
 * @expect fail: Rolls back every bad version
 * (Found in phase 2.) Compares both errors and p95 with the baseline, but rolls back on latency
 * only when the canary is "twice as slow": a version that needs twice the CPU per request has a
 * p95 under twice the baseline's (each request also waits on a dependency, which does not double),
 * so it is promoted.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const { canary: c, baseline: b } = view;
  if (c.requests < 300) return 'wait';
  if (c.errorRate > b.errorRate + 0.02) return 'rollback';
  if (c.latencyP95Ms > 2 * b.latencyP95Ms) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
