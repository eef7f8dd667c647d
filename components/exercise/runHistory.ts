/**
 * "Compare your runs" under an exercise's results: the charts of the last few runs overlaid (a
 * baseline computed on the same seed, such as round robin, drawn once; the learner's lines named
 * by run), with a table of the runs and buttons to pin, remove and clear. Runs are kept for the
 * page's lifetime, per exercise. Everything is written with textContent.
 */
import type { RunResult, Series } from 'archlab';
import { RunHistory } from '../charts/history.ts';
import { overlaySeries } from '../charts/overlay.ts';
import { el, rowHeader, tableHead } from '../dom.ts';

interface ExerciseRun {
  series: Series[];
  passed: string;
}

const histories = new Map<string, { history: RunHistory<ExerciseRun>; count: number }>();

/** Keep this run (when it drew charts) and append the comparison section to the results panel. */
export function showRunHistory(panel: HTMLElement, result: RunResult): void {
  const id = panel.closest<HTMLElement>('[data-id]')?.dataset.id;
  if (!id || result.error || result.series.length === 0) return;
  const entry = histories.get(id) ?? { history: new RunHistory<ExerciseRun>(), count: 0 };
  entry.count += 1;
  const passed = result.checks.filter((c) => c.passed).length;
  entry.history = entry.history.add({
    // Running unchanged code again gives the same charts: keep it once.
    key: JSON.stringify(result.series),
    label: `Run ${entry.count}`,
    seed: 0,
    data: { series: result.series, passed: `${passed} of ${result.checks.length}` },
  });
  histories.set(id, entry);
  const section = el('section');
  section.className = 'results-compare';
  const headingId = `compare-${id.replace(/[^a-z0-9]+/gi, '-')}`;
  section.setAttribute('aria-labelledby', headingId);
  panel.append(section);
  draw(section, id, headingId);
}

function draw(section: HTMLElement, id: string, headingId: string): void {
  const entry = histories.get(id);
  const runs = entry?.history.runs ?? [];
  if (!entry || runs.length < 2) {
    section.hidden = true;
    section.replaceChildren();
    return;
  }
  section.hidden = false;
  const heading = el('h4', 'Compare your runs');
  heading.id = headingId;
  heading.tabIndex = -1;
  const note = el(
    'p',
    `The last ${runs.length} runs with different results, on the same seeded traffic. ` +
      'Lines that are the same in every run (the built-in strategies) are drawn once.',
  );
  const update = (next: RunHistory<ExerciseRun>) => {
    entry.history = next;
    draw(section, id, headingId);
    section.querySelector<HTMLElement>('h4')?.focus();
  };

  const table = el('table');
  table.append(el('caption', 'Your kept runs'));
  table.append(tableHead(['Run', 'Checks passed', 'Actions']));
  const body = el('tbody');
  for (const run of runs) {
    const tr = el('tr');
    const th = rowHeader(run.pinned ? `${run.label} (pinned)` : run.label);
    const pin = el('button', run.pinned ? 'Unpin' : 'Pin');
    pin.type = 'button';
    pin.className = 'button subtle';
    pin.setAttribute('aria-pressed', String(run.pinned));
    pin.setAttribute('aria-label', `Pin ${run.label}`);
    pin.disabled = !run.pinned && !entry.history.canPin();
    pin.addEventListener('click', () => update(entry.history.togglePin(run.id)));
    const remove = el('button', 'Remove');
    remove.type = 'button';
    remove.className = 'button subtle';
    remove.setAttribute('aria-label', `Remove ${run.label}`);
    remove.addEventListener('click', () => update(entry.history.remove(run.id)));
    const actions = el('td');
    actions.append(pin, ' ', remove);
    tr.append(th, el('td', run.data.passed), actions);
    body.append(tr);
  }
  table.append(body);
  const clear = el('button', 'Clear all runs');
  clear.type = 'button';
  clear.className = 'button subtle';
  clear.addEventListener('click', () => update(entry.history.clear()));

  const charts = el('div');
  section.replaceChildren(heading, note, table, clear, charts);
  const latest = runs[runs.length - 1]?.data.series ?? [];
  const overlays = latest.flatMap((s) => {
    const named = runs.flatMap((r) => {
      const same = r.data.series.find((x) => x.title === s.title);
      return same ? [{ name: r.label, series: same }] : [];
    });
    const o = overlaySeries(named, `Your runs compared: ${s.title}`);
    return o ? [o] : [];
  });
  void import('../charts/index.ts')
    .then(({ renderCharts }) => renderCharts(charts, overlays))
    .catch(() => {
      charts.textContent = 'Charts could not be drawn.';
    });
}
