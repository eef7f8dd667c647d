/**
 * The simulation island. The page ships only this small script; the definition, the engine and
 * chart.js load when a widget scrolls into view or is first used. Runs happen in a Worker.
 */
import {
  formatFigure,
  normaliseSeed,
  runSimulation,
  type Figure,
  type SimulationOutput,
} from './define.ts';
import type { RunReply, RunRequest } from './protocol.ts';
import { parsePrediction, type PredictionField } from './prediction.ts';
import { RunHistory } from '../charts/history.ts';
import { readJson, remove, writeJson } from '../storage.ts';
import { fromStored, isStoredPins, pinnedRunsName, toStored } from './pinnedRuns.ts';
import type { SimRunData } from './panels.ts';

/** A run slower than this is abandoned and its Worker replaced. */
const WATCHDOG_MS = 8000;
/** Slider drags and typing settle for this long before a run. */
const DEBOUNCE_MS = 200;

let worker: Worker | undefined;
let workerBroken = false;
let nextRequestId = 1;
const waiting = new Map<
  number,
  { resolve: (o: SimulationOutput) => void; reject: (e: Error) => void; timer: number }
>();

function getWorker(): Worker | undefined {
  if (workerBroken) return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch {
      workerBroken = true;
      return undefined;
    }
    worker.addEventListener('message', (e: MessageEvent<RunReply>) => settle(e.data));
    worker.addEventListener('error', () => {
      // A Worker that cannot even load (old browser, blocked) makes us compute on the page.
      workerBroken = true;
      failAll(new Error('The simulation worker failed to start.'));
    });
  }
  return worker;
}

function settle(reply: RunReply): void {
  const w = waiting.get(reply.requestId);
  if (!w) return;
  waiting.delete(reply.requestId);
  clearTimeout(w.timer);
  if (reply.ok) w.resolve(reply.output);
  else w.reject(new Error(reply.message));
}

function failAll(err: Error): void {
  worker?.terminate();
  worker = undefined;
  for (const [, w] of waiting) {
    clearTimeout(w.timer);
    w.reject(err);
  }
  waiting.clear();
}

async function compute(
  id: string,
  params: RunRequest['params'],
  seed: number,
): Promise<SimulationOutput> {
  const w = getWorker();
  if (!w) {
    const { loadSimulation } = await import('./registry.ts');
    return runSimulation(await loadSimulation(id), params, seed);
  }
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(
      () => failAll(new Error('The simulation took too long and was stopped.')),
      WATCHDOG_MS,
    );
    waiting.set(requestId, { resolve, reject, timer });
    const req: RunRequest = { requestId, id, params, seed };
    w.postMessage(req);
  });
}

/** One widget on the page. */
class Widget {
  private readonly form: HTMLFormElement;
  private readonly figures: HTMLElement;
  private readonly charts: HTMLElement;
  private readonly status: HTMLElement;
  private readonly id: string;
  private readonly defaultSeed: number;
  private activated = false;
  private debounce: number | undefined;
  private generation = 0;
  private readonly root: HTMLElement;
  /** The prediction input and what it predicts; absent when the simulation declares none. */
  private readonly prediction: { input: HTMLInputElement; field: PredictionField } | undefined;
  private history = new RunHistory<SimRunData>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.id = root.dataset.simulation ?? '';
    this.form = root.querySelector('form[data-sim-form]')!;
    this.figures = root.querySelector('[data-sim-figures]')!;
    this.charts = root.querySelector('[data-sim-charts]')!;
    this.status = root.querySelector('[data-sim-status]')!;
    this.defaultSeed = Number(root.dataset.seed ?? 1);
    // The controls are usable as soon as this script runs; the heavy parts still wait.
    this.form.querySelector('fieldset')?.removeAttribute('disabled');
    root.querySelector('[data-sim-nojs]')?.remove();
    root.dataset.state = 'idle';
    this.prediction = this.setUpPrediction();
    // Runs the learner pinned on an earlier visit are there to compare the next runs against.
    const pinned = readJson(pinnedRunsName(this.id), isStoredPins);
    if (pinned) {
      const runs = fromStored(pinned);
      this.history = new RunHistory(runs, runs.length + 1);
    }

    this.form.addEventListener('input', (e) => {
      if (e.target === this.prediction?.input) {
        this.checkPrediction(false);
        return;
      }
      this.showValue(e.target);
      if ((e.target as HTMLInputElement).name === 'seed') return;
      this.schedule();
    });
    this.form.addEventListener('change', (e) => {
      if (e.target === this.prediction?.input) return;
      // Range inputs already scheduled a debounced run on `input`; selects and the seed run now.
      if ((e.target as HTMLInputElement).type !== 'range') this.schedule(0);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!this.checkPrediction(true).ok) {
        this.prediction?.input.focus();
        return;
      }
      this.schedule(0);
    });
    this.form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.reset();
    });
    root.addEventListener('focusin', () => this.activate(), { once: true });
    root.addEventListener('pointerdown', () => this.activate(), { once: true });
  }

  /** First use: run at the current settings so the charts appear. */
  activate(): void {
    if (this.activated) return;
    this.activated = true;
    this.schedule(0);
  }

  /** Find the prediction field, restore the learner's saved guess. */
  private setUpPrediction(): Widget['prediction'] {
    const box = this.root.querySelector<HTMLElement>('[data-sim-predict]');
    const input = box?.querySelector<HTMLInputElement>('input');
    if (!box || !input) return undefined;
    const field: PredictionField = {
      label: box.dataset.label ?? '',
      unit: box.dataset.unit ?? '',
      min: Number(box.dataset.min),
      max: Number(box.dataset.max),
    };
    const saved = readJson(this.predictionKey(), isSavedPrediction);
    if (saved) input.value = String(saved.value);
    return { input, field };
  }

  private predictionKey(): string {
    return `prediction:${this.id}`;
  }

  /**
   * Validate the guess, show or clear the message, save a valid one. The message appears on
   * typing only once the text is plainly wrong; on Run it always does.
   */
  private checkPrediction(submitting: boolean): ReturnType<typeof parsePrediction> {
    const p = this.prediction;
    if (!p) return { ok: true, value: undefined };
    const parsed = parsePrediction(p.input.value, p.field);
    const error = this.root.querySelector<HTMLElement>('[data-prediction-error]');
    if (parsed.ok) {
      p.input.removeAttribute('aria-invalid');
      if (error) error.textContent = '';
      if (parsed.value === undefined) remove(this.predictionKey());
      else writeJson(this.predictionKey(), { value: parsed.value });
    } else if (submitting || p.input.value.trim().length > 0) {
      p.input.setAttribute('aria-invalid', 'true');
      if (error) error.textContent = parsed.message;
    }
    return parsed;
  }

  private showValue(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'range') return;
    const unit = target.dataset.unit ?? '';
    const text = `${formatSlider(target)}${unit ? ` ${unit}` : ''}`;
    target.setAttribute('aria-valuetext', text);
    const shown = this.form.querySelector(`[data-value-for="${target.id}"]`);
    if (shown) shown.textContent = text;
  }

  private reset(): void {
    for (const el of Array.from(this.form.elements)) {
      // Reset restores the settings; the learner's guess stays (it is cleared by emptying it).
      if (el === this.prediction?.input) continue;
      if (el instanceof HTMLInputElement) {
        el.value = el.defaultValue;
        this.showValue(el);
      } else if (el instanceof HTMLSelectElement) {
        for (const o of Array.from(el.options)) o.selected = o.defaultSelected;
      }
    }
    this.schedule(0);
  }

  private schedule(delay = DEBOUNCE_MS): void {
    this.activated = true;
    window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => void this.run(), delay);
  }

  private params(): { params: Record<string, string>; seed: number } {
    const params: Record<string, string> = {};
    let seed = this.defaultSeed;
    for (const [k, v] of new FormData(this.form)) {
      if (typeof v !== 'string') continue;
      if (k === 'seed') seed = normaliseSeed(v, this.defaultSeed);
      else params[k] = v;
    }
    return { params, seed };
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const { params, seed } = this.params();
    this.root.setAttribute('aria-busy', 'true');
    this.root.dataset.state = 'running';
    try {
      const output = await compute(this.id, params, seed);
      if (generation !== this.generation) return;
      this.showFigures(output.figures);
      this.status.textContent = '';
      const { renderCharts } = await import('../charts/index.ts');
      await renderCharts(this.charts, output.series);
      if (generation !== this.generation) return;
      this.keepHistory(
        this.history.add({
          key: JSON.stringify(params),
          label: output.label ?? 'Run',
          seed,
          data: {
            figures: output.figures,
            ...(output.compared ? { compared: output.compared } : {}),
          },
        }),
      );
      await this.showComparisons(output);
      if (generation !== this.generation) return;
      this.root.dataset.state = 'ready';
      this.root.dataset.seedShown = String(seed);
    } catch (err) {
      if (generation !== this.generation) return;
      this.root.dataset.state = 'error';
      this.status.textContent = `The simulation could not run: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      if (generation === this.generation) this.root.removeAttribute('aria-busy');
    }
  }

  /** Prediction against simulation and formula, then the kept runs side by side. */
  private async showComparisons(output: SimulationOutput): Promise<void> {
    const panels = await import('./panels.ts');
    const checkBox = this.root.querySelector<HTMLElement>('[data-sim-check]');
    if (this.prediction && checkBox && output.check) {
      const parsed = this.checkPrediction(false);
      await panels.renderCheck(
        checkBox,
        this.prediction.field,
        parsed.ok ? parsed.value : undefined,
        output.check,
      );
    }
    await this.showHistory();
  }

  private async showHistory(): Promise<void> {
    const box = this.root.querySelector<HTMLElement>('[data-sim-compare]');
    if (!box) return;
    const { renderCompare } = await import('./panels.ts');
    // Buttons are redrawn on every change: put focus back where the learner expects it.
    const update = (next: RunHistory<SimRunData>, focusSelector: string) => {
      this.keepHistory(next);
      void this.showHistory().then(() => {
        const target = box.hidden
          ? this.form.querySelector<HTMLElement>('button[type="submit"]')
          : box.querySelector<HTMLElement>(focusSelector);
        target?.focus();
      });
    };
    await renderCompare(box, this.history, {
      togglePin: (id) => update(this.history.togglePin(id), `[data-pin="${id}"]`),
      remove: (id) => update(this.history.remove(id), 'h4'),
      clear: () => update(this.history.clear(), 'h4'),
    });
  }

  /** The runs kept from now on; pinned ones are stored, so they are there after a reload. */
  private keepHistory(next: RunHistory<SimRunData>): void {
    const pinsBefore = toStored(this.history.runs);
    this.history = next;
    const pins = toStored(next.runs);
    if (JSON.stringify(pins) === JSON.stringify(pinsBefore)) return;
    if (pins.runs.length === 0) remove(pinnedRunsName(this.id));
    else writeJson(pinnedRunsName(this.id), pins);
  }

  private showFigures(figures: Figure[]): void {
    const items = figures.map((f) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = f.label;
      const dd = document.createElement('dd');
      dd.textContent = formatFigure(f);
      div.append(dt, dd);
      return div;
    });
    this.figures.replaceChildren(...items);
  }
}

function isSavedPrediction(v: unknown): v is { value: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { value?: unknown }).value === 'number' &&
    Number.isFinite((v as { value: number }).value)
  );
}

function formatSlider(input: HTMLInputElement): string {
  const decimals = (input.step.split('.')[1] ?? '').length;
  return Number(input.value).toFixed(decimals);
}

/** Wire every simulation on the page: controls now, the rest when visible or used. */
export function initSimulations(): void {
  const roots = document.querySelectorAll<HTMLElement>('[data-simulation]:not([data-sim-ready])');
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              widgets.get(entry.target)?.activate();
            }
          },
          { rootMargin: '200px 0px' },
        )
      : undefined;
  for (const root of roots) {
    root.dataset.simReady = '';
    const widget = new Widget(root);
    widgets.set(root, widget);
    if (observer) observer.observe(root);
    else widget.activate();
  }
}

const widgets = new WeakMap<Element, Widget>();
