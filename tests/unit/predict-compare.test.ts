import { describe, expect, it } from 'vitest';
import { MAX_RUNS, RunHistory } from '../../components/charts/history.ts';
import { overlaySeries } from '../../components/charts/overlay.ts';
import {
  compareWithPrediction,
  parsePrediction,
  verdict,
} from '../../components/simulation/prediction.ts';
import { defaultParams, runLabelOf, runSimulation } from '../../components/simulation/define.ts';
import { loadSimulation, loadSimulations } from '../../course/node.ts';
import type { Series } from '../../engine/exercise/types.ts';

const field = { label: 'Mean response time', unit: 'ms', min: 0, max: 1000 };

describe('parsePrediction', () => {
  it('accepts numbers, a decimal comma and surrounding spaces', () => {
    expect(parsePrediction('120', field)).toEqual({ ok: true, value: 120 });
    expect(parsePrediction(' 12,5 ', field)).toEqual({ ok: true, value: 12.5 });
    expect(parsePrediction('1e2', field)).toEqual({ ok: true, value: 100 });
  });

  it('treats an empty field as a skipped prediction', () => {
    expect(parsePrediction('', field)).toEqual({ ok: true, value: undefined });
    expect(parsePrediction('   ', field)).toEqual({ ok: true, value: undefined });
  });

  it('refuses text and values out of range, saying what is expected', () => {
    const text = parsePrediction('fast', field);
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.message).toMatch(/number in ms/);
    expect(parsePrediction('12abc', field).ok).toBe(false);
    const high = parsePrediction('1001', field);
    expect(high.ok).toBe(false);
    if (!high.ok) expect(high.message).toBe('Enter a value from 0 ms to 1\u202f000 ms.');
    expect(parsePrediction('-1', field).ok).toBe(false);
  });
});

describe('compareWithPrediction', () => {
  it('lays guess, simulation and formula side by side, in text and as bars', () => {
    const {
      rows,
      chart,
      verdict: says,
    } = compareWithPrediction(field, 80, {
      simulated: 100,
      formula: 98.5,
    });
    expect(rows.map((r) => `${r.name}: ${r.text}`)).toEqual([
      'Your prediction: 80 ms',
      'Simulated: 100 ms',
      'Formula: 98.5 ms',
    ]);
    expect(chart.categories).toEqual(['Your prediction', 'Simulated', 'Formula']);
    expect(chart.lines[0]?.points).toEqual([
      [0, 80],
      [1, 100],
      [2, 98.5],
    ]);
    expect(says).toBe('Your prediction is 20 % below the simulation.');
  });

  it('leaves out a skipped guess and a missing formula from the chart', () => {
    const { rows, chart } = compareWithPrediction(field, undefined, { simulated: 42 });
    expect(rows.map((r) => r.text)).toEqual(['skipped', '42 ms', 'no formula applies here']);
    expect(chart.categories).toEqual(['Simulated']);
  });

  it('phrases the verdict', () => {
    expect(verdict(105, 100)).toMatch(/within 10 %/);
    expect(verdict(150, 100)).toBe('Your prediction is 50 % above the simulation.');
    expect(verdict(undefined, 100)).toMatch(/skipped/);
  });
});

describe('RunHistory', () => {
  const run = (key: string, seed = 1) => ({ key, label: key, seed, data: key });

  it(`keeps the last ${MAX_RUNS} runs, oldest out first`, () => {
    let h = new RunHistory<string>();
    for (const k of ['a', 'b', 'c', 'd', 'e']) h = h.add(run(k));
    expect(h.runs.map((r) => r.key)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('replaces a run with the same settings instead of keeping it twice', () => {
    const h = new RunHistory<string>().add(run('a')).add(run('b')).add(run('a'));
    expect(h.runs.map((r) => r.key)).toEqual(['b', 'a']);
  });

  it('keeps pinned runs, limits pins to leave a free slot, and can remove and clear', () => {
    let h = new RunHistory<string>().add(run('a'));
    const a = h.runs[0]!.id;
    h = h.togglePin(a);
    for (const k of ['b', 'c', 'd', 'e']) h = h.add(run(k));
    expect(h.runs.map((r) => r.key)).toEqual(['a', 'c', 'd', 'e']);
    h = h.togglePin(h.runs[1]!.id).togglePin(h.runs[2]!.id);
    expect(h.canPin()).toBe(false);
    expect(h.togglePin(h.runs[3]!.id).runs[3]!.pinned).toBe(false);
    h = h.remove(a);
    expect(h.runs.map((r) => r.key)).toEqual(['c', 'd', 'e']);
    expect(h.clear().runs).toEqual([]);
  });

  it('a new seed drops the unpinned runs of other seeds and names the rest by seed', () => {
    let h = new RunHistory<string>().add(run('a', 1)).add(run('b', 1));
    h = h.togglePin(h.runs[0]!.id).add(run('c', 2));
    expect(h.runs.map((r) => r.key)).toEqual(['a', 'c']);
    expect(h.runs.map((r) => h.nameOf(r))).toEqual(['a (seed 1)', 'c (seed 2)']);
  });
});

describe('overlaySeries', () => {
  const bars = (mine: number): Series => ({
    title: 'Latency (ms)',
    xLabel: 'percentile',
    yLabel: 'ms',
    kind: 'bar',
    categories: ['p50', 'p99'],
    lines: [
      {
        label: 'round robin',
        points: [
          [0, 10],
          [1, 90],
        ],
      },
      {
        label: 'your strategy',
        points: [
          [0, mine],
          [1, mine * 3],
        ],
      },
    ],
  });

  it('draws a baseline shared by every run once and names the other lines by run', () => {
    const s = overlaySeries([
      { name: 'Run 1', series: bars(8) },
      { name: 'Run 2', series: bars(6) },
    ]);
    expect(s?.lines.map((l) => l.label)).toEqual([
      'round robin',
      'Run 1: your strategy',
      'Run 2: your strategy',
    ]);
    expect(s?.categories).toEqual(['p50', 'p99']);
  });

  it('names one-line charts by the run alone and skips runs of another shape', () => {
    const one = (label: string, y: number): Series => ({
      title: 'p95',
      xLabel: 's',
      yLabel: 'ms',
      kind: 'line',
      lines: [{ label, points: [[0, y]] }],
    });
    const s = overlaySeries(
      [
        { name: 'Round robin', series: one('p95', 5) },
        { name: 'Random', series: one('p95', 7) },
        { name: 'Bars', series: bars(1) },
      ],
      'Compared',
    );
    expect(s?.title).toBe('Compared');
    expect(s?.lines.map((l) => l.label)).toEqual(['Round robin', 'Random']);
  });
});

const withPrediction = (await loadSimulations())
  .filter((s) => s.def.prediction)
  .map((s) => [s.id, s.def] as const);

describe('simulations with a prediction', () => {
  it('exist in at least three chapters, with a formula in at least three', () => {
    expect(withPrediction.length).toBeGreaterThanOrEqual(3);
    expect(
      withPrediction.filter(([, def]) => def.prediction?.formula).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(withPrediction)(
    '%s compares with a real figure and explains the difference',
    (_, def) => {
      const out = runSimulation(def, defaultParams(def), def.seed);
      expect(out.check).toBeDefined();
      expect(Number.isFinite(out.check?.simulated)).toBe(true);
      expect(def.prediction!.whyDiffer.length).toBeGreaterThan(60);
      expect(out.label).toBe(runLabelOf(def, defaultParams(def)));
      expect(out.compared?.lines.length).toBeGreaterThan(0);
    },
  );

  it('the formulas land near the simulation where queueing theory applies', async () => {
    const close = async (id: string, tolerance: number, params: Record<string, string> = {}) => {
      const def = await loadSimulation(id);
      const out = runSimulation(def, { ...defaultParams(def), ...params }, def.seed);
      const { simulated, formula } = out.check!;
      expect(formula, id).toBeDefined();
      expect(Math.abs(simulated - formula!) / formula!, id).toBeLessThan(tolerance);
    };
    // M/M/1 at ρ = 0.8 over one minute: the mean is noisy, within a third of 100 ms.
    await close('servers/one-server', 0.35);
    // Utilisation λ/(cμ) is a law, not an approximation: within a few per cent with no crash.
    await close('horizontal-scaling/fleet', 0.05, { failing: '0' });
  });
});
