/**
 * `<archlab-simulation>`: the island around a simulation's `<section data-simulation>`. The page
 * ships only this and the session; the engine (in a Worker), chart.js and the panels load when the
 * widget scrolls into view or is first used. State lives in `SimulationSession`; this element
 * resolves its parts once and draws.
 */
import { formatFigure, type Figure, type SimulationOutput } from './define.ts';
import type { ParsedPrediction, PredictionField } from './prediction.ts';
import { simSelector as sel, type SimulationPart } from './parts.ts';
import { readJson, remove, writeJson } from '../storage.ts';
import { compute } from './pool.ts';
import { SimulationSession } from './session.ts';

/** A widget's parts, found once. */
interface Parts {
  root: HTMLElement;
  form: HTMLFormElement;
  figures: HTMLElement;
  notice: HTMLElement | undefined;
  charts: HTMLElement;
  status: HTMLElement;
  check: HTMLElement | undefined;
  compare: HTMLElement | undefined;
  prediction:
    { input: HTMLInputElement; field: PredictionField; error: HTMLElement | undefined } | undefined;
}

function findParts(root: HTMLElement): Parts {
  const need = <T extends HTMLElement>(name: SimulationPart): T => {
    const found = root.querySelector<T>(sel(name));
    if (!found) throw new Error(`Simulation ${root.dataset.simulation ?? ''}: no ${sel(name)}.`);
    return found;
  };
  const box = root.querySelector<HTMLElement>(sel('predict'));
  const input = box?.querySelector<HTMLInputElement>('input');
  return {
    root,
    form: need<HTMLFormElement>('form'),
    figures: need('figures'),
    notice: root.querySelector<HTMLElement>(sel('notice')) ?? undefined,
    charts: need('charts'),
    status: need('status'),
    check: root.querySelector<HTMLElement>(sel('check')) ?? undefined,
    compare: root.querySelector<HTMLElement>(sel('compare')) ?? undefined,
    prediction:
      box && input
        ? {
            input,
            field: {
              label: box.dataset.label ?? '',
              unit: box.dataset.unit ?? '',
              min: Number(box.dataset.min),
              max: Number(box.dataset.max),
            },
            error: root.querySelector<HTMLElement>(sel('predictionError')) ?? undefined,
          }
        : undefined,
  };
}

function formatSlider(input: HTMLInputElement): string {
  const decimals = (input.step.split('.')[1] ?? '').length;
  return Number(input.value).toFixed(decimals);
}

/** One widget: wires the form to the session and draws runs. */
class SimulationWidget {
  readonly #p: Parts;
  readonly #session: SimulationSession;

  constructor(root: HTMLElement) {
    const p = (this.#p = findParts(root));
    const id = root.dataset.simulation ?? '';
    this.#session = new SimulationSession({
      id,
      defaultSeed: Number(root.dataset.seed ?? 1),
      store: { read: readJson, write: writeJson, remove },
      compute: (params, seed, signal) => compute(id, params, seed, signal),
      onDue: () => void this.#run(),
    });
    // The controls are usable as soon as this script runs; the heavy parts still wait.
    p.form.querySelector('fieldset')?.removeAttribute('disabled');
    root.querySelector(sel('noJs'))?.remove();
    root.dataset.state = 'idle';
    const saved = p.prediction && this.#session.savedPrediction();
    if (p.prediction && saved !== undefined) p.prediction.input.value = saved;

    p.form.addEventListener('input', (e) => {
      if (e.target === p.prediction?.input) {
        this.#checkPrediction(false);
        return;
      }
      this.#showValue(e.target);
      if ((e.target as HTMLInputElement).name === 'seed') return;
      this.#session.schedule();
    });
    p.form.addEventListener('change', (e) => {
      if (e.target === p.prediction?.input) return;
      // Range inputs already scheduled a debounced run on `input`; selects and the seed run now.
      if ((e.target as HTMLInputElement).type !== 'range') this.#session.schedule(0);
    });
    p.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!this.#checkPrediction(true).ok) {
        p.prediction?.input.focus();
        return;
      }
      this.#session.schedule(0);
    });
    p.form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.#reset();
    });
    root.addEventListener('focusin', () => this.activate(), { once: true });
    root.addEventListener('pointerdown', () => this.activate(), { once: true });
  }

  /** First use: run at the current settings so the charts appear. */
  activate(): void {
    this.#session.activate();
  }

  /**
   * Validate the guess, show or clear the message (the session saves a valid one). The message
   * appears on typing only once the text is plainly wrong; on Run it always does.
   */
  #checkPrediction(submitting: boolean): ParsedPrediction {
    const p = this.#p.prediction;
    if (!p) return { ok: true, value: undefined };
    const parsed = this.#session.checkPrediction(p.input.value, p.field);
    if (parsed.ok) {
      p.input.removeAttribute('aria-invalid');
      if (p.error) p.error.textContent = '';
    } else if (submitting || p.input.value.trim().length > 0) {
      p.input.setAttribute('aria-invalid', 'true');
      if (p.error) p.error.textContent = parsed.message;
    }
    return parsed;
  }

  #showValue(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'range') return;
    const unit = target.dataset.unit ?? '';
    const text = `${formatSlider(target)}${unit ? ` ${unit}` : ''}`;
    target.setAttribute('aria-valuetext', text);
    const shown = this.#p.form.querySelector(`[data-value-for="${target.id}"]`);
    if (shown) shown.textContent = text;
  }

  #reset(): void {
    for (const el of Array.from(this.#p.form.elements)) {
      // Reset restores the settings; the learner's guess stays (it is cleared by emptying it).
      if (el === this.#p.prediction?.input) continue;
      if (el instanceof HTMLInputElement) {
        el.value = el.defaultValue;
        this.#showValue(el);
      } else if (el instanceof HTMLSelectElement) {
        for (const o of Array.from(el.options)) o.selected = o.defaultSelected;
      }
    }
    this.#session.schedule(0);
  }

  async #run(): Promise<void> {
    const { root, status, charts } = this.#p;
    const entries = [...new FormData(this.#p.form)];
    const run = this.#session.start(entries);
    const stale = () => run.signal.aborted;
    root.setAttribute('aria-busy', 'true');
    root.dataset.state = 'running';
    try {
      const output = await run.output;
      if (stale()) return;
      this.#showFigures(output.figures);
      this.#showNotice(output.stoppedEarly?.message);
      status.textContent = '';
      const { renderCharts } = await import('../charts/index.ts');
      await renderCharts(charts, output.series);
      if (stale()) return;
      this.#session.keep(run, output);
      await this.#showComparisons(output);
      if (stale()) return;
      root.dataset.state = 'ready';
      root.dataset.seedShown = String(run.seed);
    } catch (err) {
      if (stale()) return;
      root.dataset.state = 'error';
      status.textContent = `The simulation could not run: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      if (!stale()) root.removeAttribute('aria-busy');
    }
  }

  /** Prediction against simulation and formula, then the kept runs side by side. */
  async #showComparisons(output: SimulationOutput): Promise<void> {
    const panels = await import('./panels.ts');
    const { check, prediction } = this.#p;
    if (prediction && check && output.check) {
      const parsed = this.#checkPrediction(false);
      await panels.renderCheck(
        check,
        prediction.field,
        parsed.ok ? parsed.value : undefined,
        output.check,
      );
    }
    await this.#showHistory();
  }

  async #showHistory(): Promise<void> {
    const box = this.#p.compare;
    if (!box) return;
    const { renderCompare } = await import('./panels.ts');
    // Buttons are redrawn on every change: put focus back where the learner expects it.
    const after = (change: () => void, focusSelector: string) => {
      change();
      void this.#showHistory().then(() => {
        const target = box.hidden
          ? this.#p.form.querySelector<HTMLElement>('button[type="submit"]')
          : box.querySelector<HTMLElement>(focusSelector);
        target?.focus();
      });
    };
    await renderCompare(box, this.#session.history, {
      togglePin: (id) => after(() => this.#session.togglePin(id), `[data-pin="${id}"]`),
      remove: (id) => after(() => this.#session.remove(id), 'h4'),
      clear: () => after(() => this.#session.clear(), 'h4'),
    });
  }

  /** An overloaded run says so beside its figures (they cover only the time until the stop). */
  #showNotice(message: string | undefined): void {
    const { notice } = this.#p;
    if (!notice) return;
    notice.textContent = message ?? '';
    notice.hidden = message === undefined;
  }

  #showFigures(figures: Figure[]): void {
    const items = figures.map((f) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = f.label;
      const dd = document.createElement('dd');
      dd.textContent = formatFigure(f);
      div.append(dt, dd);
      return div;
    });
    this.#p.figures.replaceChildren(...items);
  }
}

/** Activates widgets as they come near the viewport (all at once without IntersectionObserver). */
let observer: IntersectionObserver | undefined;
const widgets = new WeakMap<Element, SimulationWidget>();

class SimulationElement extends HTMLElement {
  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>(`section${sel('root')}:not([data-sim-ready])`);
    if (!root) return;
    root.dataset.simReady = '';
    const widget = new SimulationWidget(root);
    widgets.set(root, widget);
    if (!('IntersectionObserver' in window)) {
      widget.activate();
      return;
    }
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer?.unobserve(entry.target);
          widgets.get(entry.target)?.activate();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(root);
  }
}

/** Register the element (idempotent: every simulation on a page shares one definition). */
export function defineSimulationElement(): void {
  if (customElements.get('archlab-simulation')) return;
  customElements.define('archlab-simulation', SimulationElement);
}
