/**
 * Every lesson simulation (`lessons/*\/simulations/*.ts`) is found here by file convention, so a new
 * chapter's simulation is covered without editing this file.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  validateControls,
} from '../../components/simulation/define.ts';
import { loadSimulations } from '../../course/node.ts';

const simulations = await loadSimulations();

describe('lesson simulations', () => {
  it('are found', () => {
    expect(simulations.map((s) => s.id)).toContain('servers/one-server');
  });

  describe.each(simulations)('$id', ({ def }) => {
    it('has valid controls and a caption', () => {
      expect(validateControls(def.controls)).toEqual({ ok: true, value: def.controls });
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
