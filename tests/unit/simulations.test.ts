/**
 * Every lesson simulation (`lessons/*\/simulations/*.ts`) is found here by file convention, so a new
 * chapter's simulation is covered without editing this file.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  simulationIdFromPath,
  validateControls,
  type AnySimulation,
} from '../../components/simulation/define.ts';
import oneServer, { meanResponseMs } from '../../lessons/01-servers/simulations/one-server.ts';

const modules = import.meta.glob<{ default: AnySimulation }>('/lessons/*/simulations/*.ts', {
  eager: true,
});
const simulations = Object.entries(modules).map(([path, mod]) => ({
  path,
  id: simulationIdFromPath(path),
  def: mod.default,
}));

describe('lesson simulations', () => {
  it('are found', () => {
    expect(simulations.map((s) => s.id)).toContain('servers/one-server');
  });

  describe.each(simulations)('$id', ({ def }) => {
    it('has valid controls and a caption', () => {
      expect(validateControls(def.controls)).toEqual([]);
      expect(def.title.length).toBeGreaterThan(3);
      expect(def.caption.length).toBeGreaterThan(10);
    });

    it('gives finite figures and well-formed charts at the defaults', () => {
      const out = runSimulation(def, defaultParams(def), def.seed);
      expect(out.figures.length).toBeGreaterThan(0);
      for (const f of out.figures) {
        expect(Number.isFinite(f.value), `${f.label} = ${f.value}`).toBe(true);
      }
      expect(out.series.length).toBeGreaterThan(0);
      for (const s of out.series) {
        expect(s.lines.length).toBeGreaterThan(0);
        for (const line of s.lines) {
          const xs = line.points.map(([x]) => x);
          expect(xs, `${s.title} / ${line.label}: x ascending`).toEqual(
            [...xs].sort((a, b) => a - b),
          );
        }
      }
    });

    it('is deterministic for a seed', () => {
      const params = defaultParams(def);
      const a = runSimulation(def, params, 7);
      const b = runSimulation(def, params, 7);
      expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
    });

    it('survives every control at its minimum and maximum', () => {
      for (const end of ['min', 'max'] as const) {
        const params = defaultParams(def);
        for (const c of def.controls) if (c.kind === 'slider') params[c.name] = c[end];
        const out = runSimulation(def, params, def.seed);
        expect(out.figures.length).toBeGreaterThan(0);
      }
    });
  });
});

/** Figure value by label prefix. */
function figure(out: ReturnType<typeof runSimulation>, label: string): number {
  const f = out.figures.find((x) => x.label.startsWith(label));
  if (!f) throw new Error(`no figure ${label}`);
  return f.value;
}

describe('servers/one-server against queueing theory', () => {
  const sim = oneServer as unknown as AnySimulation;
  // Measured utilisation over 28 s is within 5 percentage points of λ·S/c for these seeds.
  const TOLERANCE_PERCENT = 5;
  const cases = [
    { ratePerSec: 20, serviceMs: 20, cores: 1 },
    { ratePerSec: 40, serviceMs: 20, cores: 1 },
    { ratePerSec: 45, serviceMs: 20, cores: 1 },
    { ratePerSec: 60, serviceMs: 30, cores: 2 },
    { ratePerSec: 150, serviceMs: 40, cores: 8 },
  ];

  it.each(cases)('utilisation ≈ λ·S/c for %o', (c) => {
    const out = runSimulation(sim, { ...c, mode: 'random' }, 42);
    const expected = ((c.ratePerSec * c.serviceMs) / 1000 / c.cores) * 100;
    expect(figure(out, 'Load')).toBeCloseTo(expected, 6);
    expect(Math.abs(figure(out, 'Utilisation') - expected)).toBeLessThanOrEqual(TOLERANCE_PERCENT);
  });

  it('saturates at 100 % and drops requests when λ·S/c > 1', () => {
    const out = runSimulation(sim, { ratePerSec: 80, serviceMs: 20, cores: 1, mode: 'random' }, 42);
    expect(figure(out, 'Utilisation')).toBeGreaterThan(97);
    expect(figure(out, 'Throughput')).toBeLessThan(52);
    expect(figure(out, 'Dropped')).toBeGreaterThan(20);
  });

  it('has p95 latency that grows sharply as utilisation nears 1', () => {
    const p95 = (rate: number) =>
      figure(
        runSimulation(sim, { ratePerSec: rate, serviceMs: 20, cores: 1, mode: 'random' }, 42),
        'Latency p95',
      );
    expect(p95(45)).toBeGreaterThan(3 * p95(20));
  });

  it('uses the M/M/1 mean S/(1−ρ) for one core', () => {
    expect(meanResponseMs(40, 20, 1)).toBeCloseTo(100, 9);
    expect(meanResponseMs(25, 20, 1)).toBeCloseTo(40, 9);
    expect(meanResponseMs(50, 20, 1)).toBe(Infinity);
  });

  it('matches the Erlang C mean for two cores (M/M/2 at ρ = 0.45 → 25.08 ms)', () => {
    expect(meanResponseMs(45, 20, 2)).toBeCloseTo(25.08, 2);
  });
});
