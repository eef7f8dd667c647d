import { test } from 'vitest';
import type { ReadRouter } from 'archlab';
import { ROUTING_CASES, ROUTING_SEEDS, routingRun } from '../../lessons/13-keeping-data-safe/model/routing.ts';
const lsn: ReadRouter = {
  afterWrite: (w, s) => { s.vars[`u${w.userId}`] = w.position; },
  routeRead: (r, c, s) => {
    const mine = s.vars[`u${r.userId}`] ?? 0;
    const ok = c.replicas.filter((x) => x.appliedPosition >= mine);
    if (ok.length === 0) return 'primary';
    return ok[Math.floor(s.random() * ok.length)]!.index;
  },
};
const pin = (ms: number): ReadRouter => ({
  afterWrite: (w, s) => { s.vars[`u${w.userId}`] = s.now; },
  routeRead: (r, c, s) => {
    const t = s.vars[`u${r.userId}`];
    if (t !== undefined && s.now - t < ms) return 'primary';
    return c.replicas[Math.floor(s.random() * c.replicas.length)]!.index;
  },
});
const routers: Record<string, ReadRouter> = {
  lsn, pin1: pin(1000), pin5: pin(5000), pin6: pin(6000), pin10: pin(10000),
  primary: { routeRead: () => 'primary' },
  flag: { routeRead: (r, c, s) => (r.afterOwnWrite ? 'primary' : c.replicas[Math.floor(s.random() * c.replicas.length)]!.index) },
  smallestLag: { routeRead: (r, c) => c.replicas.reduce((a, b) => (b.lagMs < a.lagMs ? b : a)).index },
  caughtUp: { routeRead: (r, c) => c.replicas.find((x) => x.appliedPosition >= c.primaryPosition)?.index ?? 'primary' },
  leastOutstanding: { routeRead: (r, c) => c.replicas.reduce((a, b) => (b.outstanding < a.outstanding ? b : a)).index },
};
test('r', () => {
  for (const [n, router] of Object.entries(routers)) {
    const t0 = performance.now();
    const out = ROUTING_CASES.flatMap((c) => ROUTING_SEEDS.map((s) => { const r = routingRun(c, router, s).summary; return `${c.name}:${r.staleReads}/${(r.primaryUtilisation*100).toFixed(0)}%/${(r.readsOnPrimary/r.reads*100).toFixed(0)}%`; }));
    console.log(n, (performance.now() - t0).toFixed(0), out.join(' '));
  }
});
