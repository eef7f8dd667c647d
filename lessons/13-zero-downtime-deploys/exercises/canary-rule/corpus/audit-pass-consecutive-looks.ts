/**
 * @expect pass
 * Counts consecutive worse looks in state.vars: the canary must look clearly worse (errors 1.5× the
 * baseline's plus a point, or p95 1.4×) at two looks in a row before a rollback, once it has 150
 * requests; promotes after 13 looks without a rollback.
 */
import type { AnalysisDecision, AnalysisState, AnalysisView } from 'archlab';

export function decide(view: AnalysisView, state: AnalysisState): AnalysisDecision {
  const c = view.canary;
  const b = view.baseline;
  state.vars['looks'] = (state.vars['looks'] ?? 0) + 1;
  if (c.requests >= 150) {
    const worse = c.errorRate > 1.5 * b.errorRate + 0.01 || c.latencyP95Ms > 1.4 * b.latencyP95Ms;
    state.vars['worse'] = worse ? (state.vars['worse'] ?? 0) + 1 : 0;
    if ((state.vars['worse'] ?? 0) >= 2) return 'rollback';
  }
  return (state.vars['looks'] ?? 0) >= 13 ? 'promote' : 'wait';
}
