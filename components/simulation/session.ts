/**
 * The state of one simulation widget, without the DOM: the settings of a run (form values and
 * seed), when to run (debounced drags, first use), which run is current (a newer one aborts the
 * older through its `AbortSignal`, so a stale result is never drawn), the kept runs and the pins
 * that survive a reload, and the learner's saved prediction. Storage and the computation come in
 * as ports, so it is unit-tested in Node (tests/unit/simulation-session.test.ts); the custom
 * element (`SimulationElement.ts`) draws what it says.
 */
import { normaliseSeed, type SimulationOutput } from './define.ts';
import { parsePrediction, type ParsedPrediction, type PredictionField } from './prediction.ts';
import { RunHistory } from '../charts/history.ts';
import { fromStored, isStoredPins, pinnedRunsName, toStored } from './pinnedRuns.ts';
import type { SimRunData } from './panels.ts';

/** Slider drags and typing settle for this long before a run. */
export const DEBOUNCE_MS = 200;

/** The versioned JSON storage the widget keeps pins and predictions in (components/storage.ts). */
export interface JsonStore {
  read<T>(name: string, isValid: (v: unknown) => v is T): T | undefined;
  write(name: string, value: unknown): boolean;
  remove(name: string): void;
}

export interface SimulationSessionOptions {
  id: string;
  /** The seed of the definition, used when the seed field is empty or invalid. */
  defaultSeed: number;
  store: JsonStore;
  compute(
    params: Record<string, string>,
    seed: number,
    signal: AbortSignal,
  ): Promise<SimulationOutput>;
  /** A run is due (after the debounce): the widget starts it with its current form values. */
  onDue(): void;
}

/** One run: its settings, and whether a newer run replaced it. */
export interface SimulationRun {
  params: Record<string, string>;
  seed: number;
  signal: AbortSignal;
  output: Promise<SimulationOutput>;
}

/** The settings of a run from a form's entries: every control by name, and the seed. */
export function settingsOf(
  entries: Iterable<readonly [string, unknown]>,
  defaultSeed: number,
): { params: Record<string, string>; seed: number } {
  const params: Record<string, string> = {};
  let seed = defaultSeed;
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if (name === 'seed') seed = normaliseSeed(value, defaultSeed);
    else params[name] = value;
  }
  return { params, seed };
}

function isSavedPrediction(v: unknown): v is { value: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { value?: unknown }).value === 'number' &&
    Number.isFinite((v as { value: number }).value)
  );
}

export class SimulationSession {
  readonly #o: SimulationSessionOptions;
  #history = new RunHistory<SimRunData>();
  #current: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #activated = false;

  constructor(options: SimulationSessionOptions) {
    this.#o = options;
    // Runs the learner pinned on an earlier visit are there to compare the next runs against.
    const pinned = options.store.read(pinnedRunsName(options.id), isStoredPins);
    if (pinned) {
      const runs = fromStored(pinned);
      this.#history = new RunHistory(runs, runs.length + 1);
    }
  }

  get history(): RunHistory<SimRunData> {
    return this.#history;
  }

  /** True once the widget was used or seen: runs happen from then on. */
  get activated(): boolean {
    return this.#activated;
  }

  /** First use (scrolled into view, focused, touched): run at the current settings. */
  activate(): void {
    if (this.#activated) return;
    this.schedule(0);
  }

  /** A run is wanted in `delayMs`; a later call replaces an earlier one not yet due. */
  schedule(delayMs = DEBOUNCE_MS): void {
    this.#activated = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#o.onDue(), delayMs);
  }

  /** Start a run with these form entries; the run before it, if still going, is aborted. */
  start(entries: Iterable<readonly [string, unknown]>): SimulationRun {
    this.#current?.abort(new DOMException('A newer run replaced this one.', 'AbortError'));
    const controller = (this.#current = new AbortController());
    const { params, seed } = settingsOf(entries, this.#o.defaultSeed);
    const output = this.#o.compute(params, seed, controller.signal);
    return { params, seed, signal: controller.signal, output };
  }

  /** Keep a finished run for the comparison (pins are stored when they change). */
  keep(run: SimulationRun, output: SimulationOutput): void {
    if (run.signal.aborted) return;
    this.#update(
      this.#history.add({
        key: JSON.stringify(run.params),
        label: output.label ?? 'Run',
        seed: run.seed,
        data: {
          figures: output.figures,
          ...(output.compared ? { compared: output.compared } : {}),
        },
      }),
    );
  }

  togglePin(id: number): void {
    this.#update(this.#history.togglePin(id));
  }

  remove(id: number): void {
    this.#update(this.#history.remove(id));
  }

  clear(): void {
    this.#update(this.#history.clear());
  }

  /** The runs kept from now on; pinned ones are stored, so they are there after a reload. */
  #update(next: RunHistory<SimRunData>): void {
    const pinsBefore = toStored(this.#history.runs);
    this.#history = next;
    const pins = toStored(next.runs);
    if (JSON.stringify(pins) === JSON.stringify(pinsBefore)) return;
    const name = pinnedRunsName(this.#o.id);
    if (pins.runs.length === 0) this.#o.store.remove(name);
    else this.#o.store.write(name, pins);
  }

  #predictionName(): string {
    return `prediction:${this.#o.id}`;
  }

  /** The guess saved on an earlier visit, as the text to put back in the field. */
  savedPrediction(): string | undefined {
    const saved = this.#o.store.read(this.#predictionName(), isSavedPrediction);
    return saved ? String(saved.value) : undefined;
  }

  /** Parse the guess; a valid one is saved (an empty one forgets the saved guess). */
  checkPrediction(text: string, field: PredictionField): ParsedPrediction {
    const parsed = parsePrediction(text, field);
    if (parsed.ok) {
      if (parsed.value === undefined) this.#o.store.remove(this.#predictionName());
      else this.#o.store.write(this.#predictionName(), { value: parsed.value });
    }
    return parsed;
  }
}
