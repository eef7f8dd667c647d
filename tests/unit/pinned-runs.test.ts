import { describe, expect, it } from 'vitest';
import { MAX_RUNS, RunHistory } from '../../components/charts/history.ts';
import {
  fromStored,
  isStoredPins,
  toStored,
  type StoredPins,
} from '../../components/simulation/pinnedRuns.ts';
import type { SimRunData } from '../../components/simulation/panels.ts';

const compared = {
  kind: 'line' as const,
  title: 'Latency percentiles',
  xLabel: 'percentile',
  yLabel: 'ms',
  lines: [{ label: 'p', points: [[50, 12] as const, [99, Number.NaN] as const] }],
};
const run = (label: string, value: number, withChart = false) => ({
  key: label,
  label,
  seed: 7,
  data: {
    figures: [{ label: 'Mean', value, unit: 'ms', digits: 1 }],
    ...(withChart ? { compared } : {}),
  } satisfies SimRunData,
});

/** Through JSON, as localStorage keeps it. */
const throughJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('pinned simulation runs', () => {
  it('stores only pinned runs and brings them back pinned, gaps in lines included', () => {
    let history = new RunHistory<SimRunData>()
      .add(run('Round robin', 20, true))
      .add(run('Random', 31))
      .add(run('Least connections', 18));
    history = history.togglePin(history.runs[0]!.id).togglePin(history.runs[2]!.id);
    const stored = throughJson(toStored(history.runs));
    expect(isStoredPins(stored)).toBe(true);
    const back = fromStored(stored as StoredPins);
    expect(back.map((r) => [r.id, r.label, r.pinned])).toEqual([
      [1, 'Round robin', true],
      [2, 'Least connections', true],
    ]);
    expect(back[0]!.data.figures).toEqual(run('Round robin', 20).data.figures);
    const points = back[0]!.data.compared!.lines[0]!.points;
    expect(points[0]).toEqual([50, 12]);
    expect(Number.isNaN(points[1]![1])).toBe(true);
    // A restored history goes on like any other: a new run joins the pinned ones.
    const next = new RunHistory(back, back.length + 1).add(run('Random', 31));
    expect(next.runs.map((r) => r.label)).toEqual(['Round robin', 'Least connections', 'Random']);
  });

  it('keeps no more than can be pinned, even if storage holds more', () => {
    const many = { runs: Array.from({ length: 9 }, (_, i) => run(`Run ${i}`, i)) };
    expect(isStoredPins(throughJson(many))).toBe(true);
    expect(fromStored(many)).toHaveLength(MAX_RUNS - 1);
  });

  it('refuses damaged or foreign data', () => {
    const good = toStored([{ ...run('A', 1, true), id: 1, pinned: true }]);
    const broken: unknown[] = [
      null,
      [],
      { runs: 'no' },
      { runs: [{ ...good.runs[0], seed: 'seven' }] },
      { runs: [{ ...good.runs[0], data: { figures: [{ label: 'Mean', value: null }] } }] },
      {
        runs: [{ ...good.runs[0], data: { figures: [], compared: { ...compared, kind: 'pie' } } }],
      },
      {
        runs: [
          {
            ...good.runs[0],
            data: {
              figures: [],
              compared: { ...compared, lines: [{ label: 'p', points: [[1]] }] },
            },
          },
        ],
      },
    ];
    expect(isStoredPins(throughJson(good))).toBe(true);
    for (const b of broken) expect(isStoredPins(b), JSON.stringify(b)).toBe(false);
  });
});
