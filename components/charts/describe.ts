/**
 * Text alternatives for charts: a one-paragraph summary with the key numbers and a data table.
 * Pure functions (no DOM, no chart.js) so they are unit-tested and cost nothing to load.
 */
import type { Series } from '../../engine/exercise/types.ts';
import { groupThousands } from '../simulation/define.ts';

/** Compact number for prose and tables: 3 significant digits, no exponent for everyday sizes. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1000) return groupThousands(Math.round(n).toFixed(0));
  if (abs >= 100) return String(Math.round(n));
  return String(Number(n.toPrecision(3)));
}

/** The accessible name of a chart's canvas. */
export function chartLabel(s: Series): string {
  const kind = s.kind === 'bar' ? 'Bar chart' : 'Line chart';
  return `${kind}: ${s.title}`;
}

/** A sentence per line with range and last value, for screen readers and the no-canvas case. */
export function summarise(s: Series): string {
  const parts: string[] = [];
  if (s.kind === 'bar') {
    parts.push(`${s.title}. ${s.yLabel} by ${s.xLabel}.`);
    for (const line of s.lines) {
      const values = line.points.map(
        ([x, y]) => `${s.categories?.[x] ?? formatNumber(x)} ${formatNumber(y)}`,
      );
      parts.push(`${line.label}: ${values.join('; ')}.`);
    }
    return parts.join(' ');
  }
  const xs = s.lines.flatMap((l) => l.points.map(([x]) => x)).filter(Number.isFinite);
  const xRange =
    xs.length > 0
      ? ` from ${formatNumber(Math.min(...xs))} to ${formatNumber(Math.max(...xs))}`
      : '';
  parts.push(`${s.title}. ${s.yLabel} against ${s.xLabel}${xRange}.`);
  for (const line of s.lines) {
    const ys = line.points.map(([, y]) => y).filter(Number.isFinite);
    if (ys.length === 0) {
      parts.push(`${line.label}: no data.`);
      continue;
    }
    const last = ys[ys.length - 1] ?? NaN;
    parts.push(
      `${line.label}: from ${formatNumber(Math.min(...ys))} to ${formatNumber(Math.max(...ys))}, last ${formatNumber(last)}.`,
    );
  }
  return parts.join(' ');
}

/** A table of the chart's data: header cells, then rows of text. */
export interface DataTable {
  head: string[];
  rows: string[][];
  /** Rows left out to keep the table readable (every n-th x kept). */
  omitted: number;
}

/** The chart's data as a table, at most `maxRows` rows (evenly thinned, first and last kept). */
export function toTable(s: Series, maxRows = 40): DataTable {
  const head = [s.xLabel, ...s.lines.map((l) => l.label)];
  const byX = new Map<number, (number | undefined)[]>();
  s.lines.forEach((line, i) => {
    for (const [x, y] of line.points) {
      let row = byX.get(x);
      if (!row) {
        row = new Array<number | undefined>(s.lines.length).fill(undefined);
        byX.set(x, row);
      }
      row[i] = y;
    }
  });
  const xs = [...byX.keys()].sort((a, b) => a - b);
  const keep = thin(xs, maxRows);
  const rows = keep.map((x) => {
    const label = s.kind === 'bar' ? (s.categories?.[x] ?? formatNumber(x)) : formatNumber(x);
    return [label, ...(byX.get(x) ?? []).map((y) => (y === undefined ? '' : formatNumber(y)))];
  });
  return { head, rows, omitted: xs.length - keep.length };
}

function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max || max < 2) return items;
  const out: T[] = [];
  const step = (items.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) {
    const item = items[Math.round(i * step)];
    if (item !== undefined) out.push(item);
  }
  return out;
}
