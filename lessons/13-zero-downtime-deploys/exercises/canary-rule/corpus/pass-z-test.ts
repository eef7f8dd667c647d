/**
 * @expect pass
 * Two-proportion z-test on the error rates (roll back above z = 3, and only for a difference of at least half a point, since the test is unreliable with a handful of errors) and a p95 ratio of 1.5 for latency; promotes after two minutes of data.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests < 200 || b.requests < 200) return 'wait';
  const pooled = (c.errors + b.errors) / (c.requests + b.requests);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / c.requests + 1 / b.requests));
  const z = se > 0 ? (c.errorRate - b.errorRate) / se : c.errors > 0 ? Infinity : 0;
  if (z > 3 && c.errorRate - b.errorRate > 0.005) return 'rollback';
  if (c.latencyP95Ms / b.latencyP95Ms > 1.5) return 'rollback';
  return view.elapsedMs >= 120_000 ? 'promote' : 'wait';
}
