import { it } from 'vitest';
import { simulate, type AlertQuery } from 'archlab';
import { dayScenario } from '../../lessons/10-alerts/incidents.ts';
import * as sol from '../../lessons/10-alerts/exercises/burn-rate/solution.ts';
const MIN = 60_000;
it('timing', () => {
  for (const [name, share, err, outages, dur] of [
    ['2% with 6h history', 0.02, 0.025, [{ atMs: 360 * MIN, durationMs: 60 * MIN }], 480],
    ['outage 10 min', 1, 0.0005, [{ atMs: 360 * MIN, durationMs: 10 * MIN }], 430],
    ['leak 0.8%', 0.008, 1, [], 0],
  ] as const) {
    const t0 = performance.now();
    const day = { name, durationMs: (dur || 660) * MIN, ratePerSec: 2, share, apiErrorRate: err, resolutionMs: MIN,
      outages: name.startsWith('leak') ? [] : [...outages] };
    const s = dayScenario(day, [{ name: 'b', kind: 'function', condition: (q: AlertQuery) => sol.shouldPage(q) }]);
    const r = simulate(s, { seed: 41 });
    const tr = r.alerts.transitions.map((x) => `${(x.tMs / MIN).toFixed(0)}:${x.to}`).join(' ');
    console.log(name, (performance.now() - t0).toFixed(0), 'ms', tr);
  }
});
