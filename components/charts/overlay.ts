/**
 * Overlay the same chart from several runs into one, with a legend naming each run. Pure: the
 * result is an ordinary `Series` that `renderCharts` draws and describes (summary, data table).
 */
import type { Series, SeriesLine } from '../../engine/exercise/types.ts';

/** One run's chart and the name it goes by. */
export interface NamedSeries {
  name: string;
  series: Series;
}

const sameLine = (a: SeriesLine, b: SeriesLine) =>
  a.label === b.label &&
  a.points.length === b.points.length &&
  a.points.every(([x, y], i) => b.points[i]?.[0] === x && Object.is(b.points[i]?.[1], y));

const shapeOf = (s: Series) => `${s.kind}|${s.categories?.join('|') ?? ''}`;

/**
 * One chart with every run's lines. A line identical in every run (a baseline computed on the
 * same seed, such as round robin next to "your strategy") is drawn once under its own name; the
 * others are named after their run ("Run 2: your strategy", or just "Run 2" for one-line charts).
 * Runs whose chart has another shape (kind or categories) cannot share axes and are left out.
 */
export function overlaySeries(runs: readonly NamedSeries[], title?: string): Series | undefined {
  const first = runs[0]?.series;
  if (!first) return undefined;
  const usable = runs.filter((r) => shapeOf(r.series) === shapeOf(first));
  const shared = first.lines.filter(
    (line) =>
      usable.length > 1 && usable.every((r) => r.series.lines.some((l) => sameLine(l, line))),
  );
  const lines: SeriesLine[] = [...shared];
  for (const run of usable) {
    const own = run.series.lines.filter((l) => !shared.some((s) => s.label === l.label));
    for (const line of own) {
      const only = run.series.lines.length === 1;
      lines.push({ label: only ? run.name : `${run.name}: ${line.label}`, points: line.points });
    }
  }
  return {
    title: title ?? first.title,
    xLabel: first.xLabel,
    yLabel: first.yLabel,
    kind: first.kind,
    ...(first.categories ? { categories: first.categories } : {}),
    lines,
  };
}
