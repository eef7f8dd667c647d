import { describe, expect, it } from 'vitest';
import {
  figure,
  formatMarkdown,
  formatTable,
  median,
  selectParts,
} from '../../scripts/bench/figures.ts';

describe('bench figures', () => {
  it('works out whether each kind of target is met', () => {
    expect(figure('run', 'warm', 80, 'ms', { op: '<=', value: 100 }).met).toBe(true);
    expect(figure('run', 'cold', 1600, 'ms', { op: '<=', value: 1500 }).met).toBe(false);
    expect(figure('lighthouse', 'perf', 97, 'score', { op: '>=', value: 98 }).met).toBe(false);
    expect(figure('lighthouse', 'a11y', 100, 'score', { op: '=', value: 100 }).met).toBe(true);
    expect(figure('build', 'build', 12, 's').met).toBeNull();
  });

  it('takes the median of odd and even lists without reordering them', () => {
    const values = [30, 10, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('selects parts with --only and --no-build, and rejects unknown ones', () => {
    expect([...selectParts([])]).toEqual(['engine', 'build', 'weight', 'run', 'sim', 'lighthouse']);
    expect([...selectParts(['--only', 'weight,run'])]).toEqual(['weight', 'run']);
    expect([...selectParts(['--no-build', '--only', 'build,weight'])]).toEqual(['weight']);
    expect(() => selectParts(['--only', 'speed'])).toThrow(/unknown bench part\(s\) speed/);
  });

  it('prints one aligned row per figure, flagging a missed target', () => {
    const table = formatTable([
      figure('run', 'warm Run', 42, 'ms', { op: '<=', value: 100 }),
      figure('run', 'cold Run', 1612.5, 'ms', { op: '<=', value: 1500 }),
      figure('build', 'build time', 7.25, 's'),
    ]).split('\n');
    expect(table[0]).toMatch(/^figure\s+value\s+unit\s+target\s+met\?$/);
    expect(table[1]).toMatch(/^warm Run\s+42\s+ms\s+<= 100\s+yes$/);
    expect(table[2]).toMatch(/^cold Run\s+1613\s+ms\s+<= 1500\s+NO$/);
    expect(table[3]).toMatch(/^build time\s+7\.25\s+s\s+—\s+—$/);
    expect(new Set(table.map((row) => row.indexOf('ms')).filter((i) => i > 0)).size).toBe(1);
  });

  it('writes the same figures as a Markdown table', () => {
    const md = formatMarkdown([figure('lighthouse', 'a11y', 96, 'score', { op: '=', value: 100 })]);
    expect(md.split('\n')).toEqual([
      '| figure | value | unit | target | met? |',
      '|---|--:|---|---|---|',
      '| a11y | 96 | score | = 100 | **no** |',
    ]);
  });
});
