/**
 * The "predict, then run" comparison and the "compare runs" panel of a simulation widget.
 * Loaded with the charts, after a run, so it costs a chapter page nothing up front. Everything
 * is written with textContent.
 */
import type { Series } from '../../engine/exercise/types.ts';
import type { Figure, PredictionCheck } from './define.ts';
import { formatFigure } from './define.ts';
import { compareWithPrediction, type PredictionField } from './prediction.ts';
import type { RunHistory } from '../charts/history.ts';
import { overlaySeries } from '../charts/overlay.ts';
import { clearCharts, renderCharts } from '../charts/index.ts';
import { el, rowHeader, tableHead } from '../dom.ts';

/** What a simulation run keeps for the comparison. */
export interface SimRunData {
  figures: Figure[];
  compared?: Series;
}

/** Buttons of the comparison panel call back into the widget, which owns the history. */
export interface CompareActions {
  togglePin(id: number): void;
  remove(id: number): void;
  clear(): void;
}

/** Show guess, simulated result and formula as text and as a small bar chart. */
export async function renderCheck(
  box: HTMLElement,
  field: PredictionField,
  predicted: number | undefined,
  check: PredictionCheck,
): Promise<void> {
  const { rows, verdict, chart } = compareWithPrediction(field, predicted, check);
  const list = box.querySelector<HTMLElement>('[data-check-values]');
  const says = box.querySelector<HTMLElement>('[data-check-verdict]');
  const charts = box.querySelector<HTMLElement>('[data-check-chart]');
  if (!list || !says || !charts) return;
  list.replaceChildren(
    ...rows.map((r) => {
      const div = el('div');
      div.append(el('dt', r.name), el('dd', r.text));
      return div;
    }),
  );
  says.textContent = verdict;
  box.hidden = false;
  await renderCharts(charts, [chart]);
}

/** Draw the kept runs: a table with pin/remove buttons, and their chart overlaid. */
export async function renderCompare(
  box: HTMLElement,
  history: RunHistory<SimRunData>,
  actions: CompareActions,
): Promise<void> {
  const body = box.querySelector<HTMLElement>('[data-compare-body]');
  const charts = box.querySelector<HTMLElement>('[data-compare-chart]');
  if (!body || !charts) return;
  const runs = history.runs;
  if (runs.length < 2) {
    box.hidden = true;
    body.replaceChildren();
    clearCharts(charts);
    return;
  }
  box.hidden = false;
  const labels = runs[runs.length - 1]?.data.figures.map((f) => f.label) ?? [];
  const wrap = el('div', undefined, 'sim__table-wrap');
  // A wide table scrolls on its own; keyboard users reach it through tabindex.
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Kept runs, scrollable');
  const table = el('table', undefined, 'sim__runs');
  const seeds = [...new Set(runs.map((r) => r.seed))];
  table.append(
    el(
      'caption',
      seeds.length === 1 ? `Kept runs, all on seed ${seeds[0]}` : 'Kept runs (seeds differ)',
    ),
  );
  table.append(tableHead(['Run', ...labels, 'Actions']));
  const tbody = el('tbody');
  for (const run of runs) {
    const name = history.nameOf(run);
    const tr = el('tr');
    const th = rowHeader(run.pinned ? `${name} (pinned)` : name);
    tr.append(th);
    for (const label of labels) {
      const f = run.data.figures.find((x) => x.label === label);
      tr.append(el('td', f ? formatFigure(f) : '—'));
    }
    const cell = el('td', undefined, 'sim__run-actions');
    const pin = el('button', run.pinned ? 'Unpin' : 'Pin');
    pin.type = 'button';
    pin.dataset.pin = String(run.id);
    pin.setAttribute('aria-pressed', String(run.pinned));
    pin.setAttribute('aria-label', `Pin run: ${name}`);
    pin.disabled = !run.pinned && !history.canPin();
    pin.addEventListener('click', () => actions.togglePin(run.id));
    const remove = el('button', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove run: ${name}`);
    remove.addEventListener('click', () => actions.remove(run.id));
    cell.append(pin, ' ', remove);
    tr.append(cell);
    tbody.append(tr);
  }
  table.append(tbody);
  wrap.append(table);
  const clear = el('button', 'Clear all runs');
  clear.type = 'button';
  clear.addEventListener('click', () => actions.clear());
  body.replaceChildren(wrap, clear);

  const named = runs.flatMap((r) =>
    r.data.compared ? [{ name: history.nameOf(r), series: r.data.compared }] : [],
  );
  const overlay = overlaySeries(named, `Runs compared: ${named[0]?.series.title ?? ''}`);
  if (overlay) await renderCharts(charts, [overlay]);
  else clearCharts(charts);
}
