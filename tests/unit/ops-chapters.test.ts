/**
 * What the prose of chapters 9–11 claims about their simulations, checked on the engine with the
 * same seeds the pages use.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from 'archlab';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../components/simulation/define.ts';
import dashboard, { SYSTEMS } from '../../lessons/09-metrics/simulations/dashboard.ts';
import timeline from '../../lessons/10-alerts/simulations/incident-timeline.ts';
import { capstoneScenario, outcome, type Design } from '../../lessons/11-capstone/system.ts';
import { design as reference } from '../../lessons/11-capstone/exercises/bad-day/solution.ts';

const run = (def: unknown, params: Record<string, unknown>) => {
  const sim = def as AnySimulation;
  const out = runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};

describe('metrics/dashboard', () => {
  it.each(Object.entries(SYSTEMS))(
    'system %s shows its bottleneck (%s) near capacity',
    (key, kind) => {
      const f = run(dashboard, { system: key });
      const saturation: Record<string, number> = {
        cpu: f('CPU'),
        memory: f('Memory'),
        network: f('Network'),
        database: f('Database'),
        'external-api': f('API calls refused') > 20 ? 100 : 0,
      };
      const top = Object.entries(saturation).sort((a, b) => b[1] - a[1])[0]!;
      if (kind === 'none') expect(top[1]).toBeLessThan(70);
      else expect(top[0]).toBe(kind);
    },
  );
});

describe('alerts/incident-timeline', () => {
  it('pages for blips at the defaults, once with a window and a for duration', () => {
    expect(run(timeline, {})('Pages outside')).toBeGreaterThan(0);
    const tuned = run(timeline, { windowS: 30, forS: 45 });
    expect(tuned('Pages sent')).toBe(1);
    expect(tuned('Incident reported after')).toBeLessThanOrEqual(90);
  });
});

describe('capstone score', () => {
  const score = (d: Design) => outcome(simulate(capstoneScenario(d), { seed: 2026 }));

  it('is deterministic and matches the prose (reference 741, two medium servers 500)', () => {
    expect(score(reference).score).toBe(741);
    expect(score(reference).score).toBe(741);
    expect(score({ ...reference, servers: 2, size: 'medium' }).score).toBe(500);
  });

  it('is 0 without health checks or without retries, and cheaper designs can score more', () => {
    expect(score({ ...reference, healthCheck: null }).score).toBe(0);
    expect(score({ ...reference, retry: { maxAttempts: 1 } }).score).toBe(0);
    expect(score({ ...reference, servers: 5, size: 'micro' }).score).toBeGreaterThan(741);
  });
});
