import { describe, expect, it } from 'vitest';
import type { Series } from 'archlab';
import { chartLabel, formatNumber, summarise, toTable } from '../../components/charts/describe.ts';
import { isLight, parseRgb } from '../../components/charts/theme.ts';

const latency: Series = {
  title: 'Latency over time',
  xLabel: 'Time (s)',
  yLabel: 'Latency (ms)',
  kind: 'line',
  lines: [
    {
      label: 'p50',
      points: [
        [0, 10],
        [1, 20],
        [2, 15],
      ],
    },
    {
      label: 'p95',
      points: [
        [0, 30],
        [1, NaN],
        [2, 90],
      ],
    },
  ],
};

const bars: Series = {
  title: 'Requests by server',
  xLabel: 'Server',
  yLabel: 'Requests',
  kind: 'bar',
  categories: ['a', 'b'],
  lines: [
    {
      label: 'served',
      points: [
        [0, 1200],
        [1, 800],
      ],
    },
  ],
};

describe('chart text alternatives', () => {
  it('names charts by kind and title', () => {
    expect(chartLabel(latency)).toBe('Line chart: Latency over time');
    expect(chartLabel(bars)).toBe('Bar chart: Requests by server');
  });

  it('summarises each line with its range and last value, skipping gaps', () => {
    expect(summarise(latency)).toBe(
      'Latency over time. Latency (ms) against Time (s) from 0 to 2. p50: from 10 to 20, last 15. p95: from 30 to 90, last 90.',
    );
  });

  it('summarises bars by category', () => {
    expect(summarise(bars)).toBe(
      'Requests by server. Requests by Server. served: a 1\u202f200; b 800.',
    );
  });

  it('tabulates by x with one column per line', () => {
    expect(toTable(latency)).toEqual({
      head: ['Time (s)', 'p50', 'p95'],
      rows: [
        ['0', '10', '30'],
        ['1', '20', '—'],
        ['2', '15', '90'],
      ],
      omitted: 0,
    });
    expect(toTable(bars).rows).toEqual([
      ['a', '1\u202f200'],
      ['b', '800'],
    ]);
  });

  it('thins long tables, keeping the first and last rows', () => {
    const long: Series = {
      ...latency,
      lines: [{ label: 'y', points: Array.from({ length: 500 }, (_, i) => [i, i] as const) }],
    };
    const t = toTable(long, 40);
    expect(t.rows).toHaveLength(40);
    expect(t.rows[0]?.[0]).toBe('0');
    expect(t.rows.at(-1)?.[0]).toBe('499');
    expect(t.omitted).toBe(460);
  });

  it('formats numbers to three significant digits', () => {
    expect(formatNumber(0.012345)).toBe('0.0123');
    expect(formatNumber(123.4)).toBe('123');
    expect(formatNumber(Infinity)).toBe('—');
  });
});

describe('chart theme helpers', () => {
  it('parses computed colours and tells light from dark text', () => {
    expect(parseRgb('rgb(238, 238, 238)')).toEqual([238, 238, 238]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0]);
    expect(parseRgb('#fff')).toBeUndefined();
    expect(isLight('rgb(238, 238, 238)')).toBe(true);
    expect(isLight('rgb(20, 20, 20)')).toBe(false);
  });
});
