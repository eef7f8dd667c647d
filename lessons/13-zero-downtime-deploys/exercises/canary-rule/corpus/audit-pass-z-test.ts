/**
 * @expect pass
 * A two-proportion z-test on the error rates (roll back above z = 3), plus a p95 ratio of 1.3, once the
 * canary has 200 requests; promotes after a 100 s bake.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  void state;
  const c = view.canary;
  const b = view.baseline;
  if (c.requests < 200 || b.requests < 200) return 'wait';
  const pooled = (c.errors + b.errors) / (c.requests + b.requests);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / c.requests + 1 / b.requests));
  const z = se > 0 ? (c.errorRate - b.errorRate) / se : c.errorRate > b.errorRate ? Infinity : 0;
  if (z > 3) return 'rollback';
  if (c.latencyP95Ms > b.latencyP95Ms * 1.3) return 'rollback';
  return view.elapsedMs >= 100_000 ? 'promote' : 'wait';
}
