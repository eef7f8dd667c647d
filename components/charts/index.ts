/**
 * The one chart renderer of the site, used by simulations and by the exercise results panel.
 * chart.js is imported on the first draw only, so it never weighs on a page's initial JS.
 *
 * `renderCharts(container, series)` draws one figure per series into `container`. Calling it again
 * on the same container with series of the same shape updates the charts in place (no flicker),
 * at most once per `MIN_UPDATE_MS`; a different shape rebuilds them.
 */
import type { Series } from '../../engine/exercise/types.ts';
import type { Chart as ChartType, ChartConfiguration, ChartDataset } from 'chart.js';
import { chartLabel, formatNumber, summarise, toTable } from './describe.ts';
import { DASHES, prefersReducedMotion, readTheme, watchTheme, type ChartTheme } from './theme.ts';

/** Updates to one container are coalesced to at most one redraw per this many ms. */
export const MIN_UPDATE_MS = 120;

type AnyChart = ChartType<'line' | 'bar', (number | { x: number; y: number | null } | null)[]>;

interface Entry {
  figure: HTMLElement;
  canvas: HTMLCanvasElement;
  summary: HTMLElement;
  table: HTMLElement;
  chart: AnyChart;
  series: Series;
}

interface ChartSet {
  entries: Entry[];
  /** Shapes of the series this set draws (known before every chart is built). */
  shapes: string[];
  /** Charts are still being created, one per task. */
  building: boolean;
  /** False once destroyed; pending work stops. */
  alive: boolean;
  lastDraw: number;
  pending: Series[] | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  waiters: (() => void)[];
}

const sets = new Map<HTMLElement, ChartSet>();
let chartJs: Promise<typeof import('./chartjs.ts')> | undefined;
let themeWatched = false;
let uid = 0;

function loadChartJs(): Promise<typeof import('./chartjs.ts')> {
  chartJs ??= import('./chartjs.ts');
  return chartJs;
}

/**
 * Draw `series` into `container` (one accessible figure each), or update the charts already there.
 * Resolves once the charts on screen show this data (or newer data passed meanwhile).
 */
export async function renderCharts(container: HTMLElement, series: Series[]): Promise<void> {
  const existing = sets.get(container);
  if (existing && sameShape(existing, series) && container.isConnected) {
    return scheduleUpdate(existing, series);
  }
  if (existing) destroySet(container, existing);
  const mod = await loadChartJs();
  // chart.js's first evaluation and the first chart are each a task of their own.
  await nextTask();
  // Another call may have built charts here while chart.js was loading: update those instead.
  const raced = sets.get(container);
  if (raced) {
    if (sameShape(raced, series)) return scheduleUpdate(raced, series);
    destroySet(container, raced);
  }
  if (!themeWatched) {
    themeWatched = true;
    watchTheme(restyleAll);
  }
  container.replaceChildren();
  const theme = readTheme(container);
  const set: ChartSet = {
    entries: [],
    shapes: series.map(shapeOf),
    building: true,
    alive: true,
    lastDraw: performance.now(),
    pending: undefined,
    timer: undefined,
    waiters: [],
  };
  sets.set(container, set);
  // A chart is built empty in one task and filled in the next, so no single task blocks input for
  // long: the first chart on a page is the slowest, while chart.js's code is still cold.
  for (const s of series) {
    if (!set.alive) return;
    const entry = buildEntry(mod.Chart, container, s, theme);
    set.entries.push(entry);
    await nextTask();
    if (!set.alive) return;
    updateEntry(entry, s, 'default');
    await nextTask();
  }
  set.building = false;
  set.lastDraw = performance.now();
}

/** Yield to the event loop (input, rendering) before continuing. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Remove the charts from `container` and free their canvases. */
export function clearCharts(container: HTMLElement): void {
  const set = sets.get(container);
  if (set) destroySet(container, set);
  container.replaceChildren();
}

function shapeOf(s: Series): string {
  return `${s.kind}:${s.lines.length}:${s.categories?.join('|') ?? ''}`;
}

function sameShape(set: ChartSet, series: Series[]): boolean {
  return (
    set.shapes.length === series.length && series.every((s, i) => set.shapes[i] === shapeOf(s))
  );
}

function scheduleUpdate(set: ChartSet, series: Series[]): Promise<void> {
  set.pending = series;
  const done = new Promise<void>((resolve) => set.waiters.push(resolve));
  if (set.timer === undefined) {
    const wait = Math.max(0, set.lastDraw + MIN_UPDATE_MS - performance.now());
    set.timer = setTimeout(() => void flush(set), wait);
  }
  return done;
}

async function flush(set: ChartSet): Promise<void> {
  if (!set.alive) return;
  if (set.building) {
    set.timer = setTimeout(() => void flush(set), MIN_UPDATE_MS);
    return;
  }
  const series = set.pending;
  set.pending = undefined;
  const waiters = set.waiters.splice(0);
  if (series) {
    for (const [i, entry] of set.entries.entries()) {
      if (!set.alive) return;
      const s = series[i];
      if (s) updateEntry(entry, s);
      // One chart per task, so no single task blocks input for long.
      await nextTask();
    }
  }
  set.lastDraw = performance.now();
  set.timer = undefined;
  for (const resolve of waiters) resolve();
  // Data that arrived while drawing goes out on the next slot.
  if (set.pending) {
    set.timer = setTimeout(() => void flush(set), MIN_UPDATE_MS);
  }
}

function destroySet(container: HTMLElement, set: ChartSet): void {
  set.alive = false;
  if (set.timer !== undefined) clearTimeout(set.timer);
  for (const e of set.entries) e.chart.destroy();
  for (const resolve of set.waiters.splice(0)) resolve();
  sets.delete(container);
}

function restyleAll(): void {
  for (const [container, set] of sets) {
    if (!container.isConnected) {
      destroySet(container, set);
      continue;
    }
    const theme = readTheme(container);
    for (const e of set.entries) {
      e.figure.dataset.chartText = theme.text;
      applyTheme(e.chart, e.series, theme);
      e.chart.update('none');
    }
  }
}

function buildEntry(
  Chart: typeof import('./chartjs.ts').Chart,
  container: HTMLElement,
  s: Series,
  theme: ChartTheme,
): Entry {
  const id = `archlab-chart-${++uid}`;
  const figure = document.createElement('figure');
  figure.className = 'archlab-chart';
  figure.style.margin = '0 0 1.5rem';
  const caption = document.createElement('figcaption');
  caption.className = 'archlab-chart__title';
  caption.textContent = s.title;
  caption.style.fontWeight = '600';
  const frame = document.createElement('div');
  frame.className = 'archlab-chart__frame';
  // chart.js sizes the canvas to this box; a fixed height keeps the page from jumping.
  frame.style.cssText = 'position: relative; height: 16rem; width: 100%;';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', chartLabel(s));
  canvas.setAttribute('aria-describedby', `${id}-summary`);
  const summary = document.createElement('p');
  summary.id = `${id}-summary`;
  summary.className = 'archlab-chart__summary';
  summary.style.cssText = VISUALLY_HIDDEN;
  const details = document.createElement('details');
  details.className = 'archlab-chart__data';
  const summaryToggle = document.createElement('summary');
  summaryToggle.textContent = `Data table: ${s.title}`;
  const table = document.createElement('div');
  details.append(summaryToggle, table);
  frame.append(canvas);
  figure.append(caption, frame, summary, details);
  container.append(figure);

  // The colour in use, visible to tests and to anyone debugging a theme.
  figure.dataset.chartText = theme.text;
  // Empty at first: the caller fills it in the next task (see renderCharts).
  const chart = new Chart(canvas, config(s, theme, false)) as unknown as AnyChart;
  return { figure, canvas, summary, table, chart, series: s };
}

const VISUALLY_HIDDEN =
  'position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; ' +
  'clip: rect(0 0 0 0); white-space: nowrap; border: 0;';

function writeText(entry: Entry, s: Series): void {
  entry.summary.textContent = summarise(s);
  const data = toTable(s);
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent =
    data.omitted > 0 ? `${s.title} (every few points; ${data.omitted} rows left out)` : s.title;
  const thead = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const h of data.head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    headRow.append(th);
  }
  thead.append(headRow);
  const tbody = document.createElement('tbody');
  for (const row of data.rows) {
    const tr = document.createElement('tr');
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.scope = 'row';
      td.textContent = cell;
      tr.append(td);
    });
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  entry.table.replaceChildren(table);
}

/** Show `s` in an entry's chart and text; `'none'` skips the animation (live updates). */
function updateEntry(entry: Entry, s: Series, mode: 'none' | 'default' = 'none'): void {
  entry.series = s;
  const data = chartData(s);
  if (data.labels) entry.chart.data.labels = data.labels;
  // Update datasets in place so chart.js keeps its elements (no re-create flicker).
  data.datasets.forEach((next, i) => {
    const current = entry.chart.data.datasets[i];
    if (current) {
      current.label = next.label;
      current.data = next.data;
    }
  });
  entry.chart.update(mode === 'none' ? 'none' : undefined);
  entry.canvas.setAttribute('aria-label', chartLabel(s));
  writeText(entry, s);
}

interface ChartData {
  labels: string[] | undefined;
  datasets: { label: string; data: (number | { x: number; y: number | null } | null)[] }[];
}

function chartData(s: Series): ChartData {
  if (s.kind === 'bar') {
    const n =
      s.categories?.length ?? Math.max(0, ...s.lines.flatMap((l) => l.points.map(([x]) => x + 1)));
    const labels = s.categories ?? Array.from({ length: n }, (_, i) => String(i));
    return {
      labels,
      datasets: s.lines.map((l) => {
        const data: (number | null)[] = new Array<number | null>(n).fill(null);
        for (const [x, y] of l.points) if (x >= 0 && x < n) data[x] = Number.isFinite(y) ? y : null;
        return { label: l.label, data };
      }),
    };
  }
  return {
    labels: undefined,
    datasets: s.lines.map((l) => ({
      label: l.label,
      data: l.points.map(([x, y]) => ({ x, y: Number.isFinite(y) ? y : null })),
    })),
  };
}

/** chart.js settings for `s`; without data, each line is there (styled, named) but empty. */
function config(s: Series, theme: ChartTheme, withData = true): ChartConfiguration<'line' | 'bar'> {
  const data: ChartData = withData
    ? chartData(s)
    : { labels: undefined, datasets: s.lines.map((l) => ({ label: l.label, data: [] })) };
  const reduced = prefersReducedMotion();
  const datasets = data.datasets.map((d, i) => {
    const colour = theme.series[i % theme.series.length] ?? theme.text;
    const points = s.lines[i]?.points.length ?? 0;
    const base = { label: d.label, data: d.data, borderColor: colour, backgroundColor: colour };
    return s.kind === 'bar'
      ? base
      : {
          ...base,
          borderDash: DASHES[i % DASHES.length] ?? [],
          borderWidth: 2,
          pointRadius: points > 30 ? 0 : 3,
          pointHitRadius: 6,
          tension: 0,
          spanGaps: false,
        };
  }) as ChartDataset<'line' | 'bar'>[];
  const axis = (title: string, linear: boolean) => ({
    ...(linear ? { type: 'linear' as const } : {}),
    title: { display: true, text: title, color: theme.text },
    ticks: {
      color: theme.text,
      // chart.js formats numbers with Intl.NumberFormat, whose first use loads locale data inside
      // the first chart's task; the site's own formatter matches the figures and tables.
      ...(linear ? { callback: (value: number | string) => formatNumber(Number(value)) } : {}),
    },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  });
  return {
    type: s.kind,
    data: { ...(data.labels ? { labels: data.labels } : {}), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? false : { duration: 250 },
      parsing: s.kind === 'bar' ? undefined : false,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: axis(s.xLabel, s.kind === 'line'),
        y: { ...axis(s.yLabel, true), beginAtZero: true },
      },
      plugins: {
        legend: { display: s.lines.length > 1, labels: { color: theme.text } },
      },
    },
  };
}

function applyTheme(chart: AnyChart, s: Series, theme: ChartTheme): void {
  const fresh = config(s, theme, false);
  chart.data.datasets.forEach((d, i) => {
    const colour = theme.series[i % theme.series.length] ?? theme.text;
    d.borderColor = colour;
    d.backgroundColor = colour;
  });
  chart.options.scales = fresh.options?.scales ?? {};
  chart.options.plugins = { ...chart.options.plugins, ...fresh.options?.plugins };
}
