/**
 * Declaring a lesson's live simulation: its controls, how to run it and what to show.
 * Pure data and functions, no DOM: the same definition runs at build time (static figures),
 * in a Worker (live runs) and in unit tests.
 */
import type { Series } from '../../engine/exercise/types.ts';
import type { Result } from '../../course/result.ts';

/** A numeric control, drawn as a labelled range input. */
export interface SliderControl {
  kind: 'slider';
  /** Parameter name passed to `run`, e.g. `ratePerSec`. */
  name: string;
  /** Visible label, without the unit ("Arrival rate"). */
  label: string;
  min: number;
  max: number;
  step: number;
  default: number;
  /** Unit shown after the value ("req/s", "ms"). */
  unit?: string;
  /** One sentence under the control explaining it. */
  help?: string;
}

/** A choice between a few options, drawn as a labelled select. */
export interface SelectControl {
  kind: 'select';
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  default: string;
  help?: string;
}

/** Any control a simulation can declare. */
export type Control = SliderControl | SelectControl;

/** The parameter object `run` receives: slider names map to numbers, select names to strings. */
export type ParamsOf<C extends readonly Control[]> = {
  [K in C[number] as K['name']]: K extends SliderControl ? number : string;
};

/** Loose parameter map, as it crosses the Worker boundary. */
export type ParamValues = Record<string, number | string>;

/** A key number shown next to the charts ("p95 latency: 42 ms"). */
export interface Figure {
  label: string;
  value: number;
  /** Unit after the number; `%` multiplies nothing: give the value already in percent. */
  unit?: string;
  /** Decimal places shown (default 0). */
  digits?: number;
}

/** What one run of a simulation produces: plain, structured-clone-safe data. */
export interface SimulationOutput {
  /** Key numbers, shown in a live region and read out after each run. */
  figures: Figure[];
  /** Charts, drawn by `components/charts`. */
  series: Series[];
  /** The simulated and textbook answers to the prediction, filled in by `runSimulation`. */
  check?: PredictionCheck;
  /** Short name of the run for comparisons, filled in by `runSimulation`. */
  label?: string;
  /** The chart overlaid when runs are compared (see `CompareSpec`), filled in by `runSimulation`. */
  compared?: Series;
  /**
   * The run ended before its duration because the system could not keep up (the engine's
   * `summary.stoppedEarly`, whose `message` says when and why): the widget shows the message
   * with the figures, which then cover only the time until the stop.
   */
  stoppedEarly?: { message: string };
}

/**
 * The first early stop among a simulation's engine runs, spread into its output so the widget
 * shows the engine's own message (`{}` when every run reached its duration).
 */
export function earlyStop(
  ...results: readonly { summary: { stoppedEarly?: { message: string } | undefined } }[]
): { stoppedEarly?: { message: string } } {
  const stop = results.find((r) => r.summary.stoppedEarly)?.summary.stoppedEarly;
  return stop ? { stoppedEarly: { message: stop.message } } : {};
}

/**
 * "Predict, then run": the quantity a learner guesses before a run, as data. The page compares
 * the guess with the simulated figure and, where queueing theory has an answer, the formula's.
 */
export interface PredictionSpec<P = ParamValues> {
  /** The quantity, phrased for the input's label ("Mean response time"). */
  label: string;
  /** Unit of the guess and of the figure ("ms", "%", "req/s"). */
  unit: string;
  /** Accepted range of a guess. */
  min: number;
  max: number;
  /** Label of the run's figure the guess is compared with (must be one of `run`'s figures). */
  figure: string;
  /** The textbook answer, where one applies. */
  formula?: {
    /** The formula in words and symbols ("M/M/c, Erlang C: W = S + C·S/(c − a)"). */
    name: string;
    /** Its value for these parameters, in `unit`; undefined where it does not apply. */
    value(params: P): number | undefined;
  };
  /** Why guess, simulation and formula differ: shown after every run. */
  whyDiffer: string;
}

/** One run's answers to a prediction: plain data for the page. */
export interface PredictionCheck {
  simulated: number;
  /** The formula's answer; absent where no formula applies to these parameters. */
  formula?: number;
}

/** Everything a lesson declares about one simulation. */
export interface SimulationDefinition<C extends readonly Control[] = readonly Control[]> {
  /** Heading of the widget. */
  title: string;
  /** What is being simulated, in a sentence or two; shown with or without JavaScript. */
  description: string;
  /** What to look for; shown under the charts. */
  caption: string;
  controls: C;
  /** Default seed; the learner can change it to see another random run. */
  seed: number;
  /** Compute one run. Must be deterministic for (params, seed) and finish quickly (< 50 ms ideal). */
  run(params: ParamsOf<C>, seed: number): SimulationOutput;
  /** Optional "predict, then run" quantity. */
  prediction?: PredictionSpec<ParamsOf<C>>;
  /** Short name of a run for the comparison legend ("Round robin, 60 %"); default: changed settings. */
  runLabel?(params: ParamsOf<C>): string;
  /** Which chart (by title) and which of its lines to overlay when runs are compared. */
  compare?: CompareSpec;
}

/** The chart overlaid across runs: default the first chart and all its lines. */
export interface CompareSpec {
  /** Title of one of the run's charts. */
  series: string;
  /** Label of the one line to keep from it (default: every line). */
  line?: string;
}

/** A definition with its parameter types erased, as the widget and tests handle it. */
export interface AnySimulation {
  title: string;
  description: string;
  caption: string;
  controls: readonly Control[];
  seed: number;
  run(params: ParamValues, seed: number): SimulationOutput;
  prediction?: PredictionSpec;
  runLabel?(params: ParamValues): string;
  compare?: CompareSpec;
}

/**
 * Declare a simulation (the default export of `lessons/NN-slug/simulations/<name>.ts`).
 * Checks the controls once, when the module loads, so a bad definition fails the build.
 */
export function defineSimulation<const C extends readonly Control[]>(
  def: SimulationDefinition<C>,
): SimulationDefinition<C> {
  const controls = validateControls(def.controls);
  const problems = controls.ok ? [] : [controls.message];
  if (!Number.isInteger(def.seed) || def.seed < 0) problems.push('seed must be an integer ≥ 0');
  const p = def.prediction;
  if (p && !(p.min < p.max)) problems.push(`prediction "${p.label}": min must be below max`);
  if (problems.length > 0) {
    throw new Error(`defineSimulation("${def.title}"): ${problems.join('; ')}`);
  }
  return def;
}

/** The controls when valid, else every problem with them in one message (the course's one result shape). */
export function validateControls<C extends readonly Control[]>(controls: C): Result<C> {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const c of controls) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(c.name))
      problems.push(`control name "${c.name}" is not a plain identifier`);
    if (names.has(c.name)) problems.push(`control name "${c.name}" is used twice`);
    names.add(c.name);
    if (c.kind === 'slider') {
      if (!(c.min < c.max)) problems.push(`${c.name}: min must be below max`);
      if (!(c.step > 0)) problems.push(`${c.name}: step must be positive`);
      if (c.default < c.min || c.default > c.max) {
        problems.push(`${c.name}: default ${c.default} is outside ${c.min}–${c.max}`);
      }
    } else if (!c.options.some((o) => o.value === c.default)) {
      problems.push(`${c.name}: default "${c.default}" is not one of the options`);
    }
  }
  return problems.length === 0
    ? { ok: true, value: controls }
    : { ok: false, message: problems.join('; ') };
}

/** The parameters at every control's default. */
export function defaultParams(def: Pick<AnySimulation, 'controls'>): ParamValues {
  return Object.fromEntries(def.controls.map((c) => [c.name, c.default]));
}

/**
 * Turn raw values (form fields, messages) into valid parameters: numbers are parsed, clamped to
 * the slider's range and snapped to its step; unknown select values fall back to the default.
 */
export function normaliseParams(
  def: Pick<AnySimulation, 'controls'>,
  raw: Record<string, unknown>,
): ParamValues {
  const out: ParamValues = {};
  for (const c of def.controls) {
    const v = raw[c.name];
    if (c.kind === 'slider') {
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(n)) {
        out[c.name] = c.default;
        continue;
      }
      const snapped = c.min + Math.round((n - c.min) / c.step) * c.step;
      // Round away float noise from the snap (0.1 + 0.2) so labels stay clean.
      out[c.name] = Number(Math.min(c.max, Math.max(c.min, snapped)).toPrecision(12));
    } else {
      out[c.name] = c.options.some((o) => o.value === v) ? (v as string) : c.default;
    }
  }
  return out;
}

/** A seed from user input: a non-negative integer, else the fallback. */
export function normaliseSeed(raw: unknown, fallback: number): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (raw === '' || !Number.isFinite(n)) return fallback;
  return Math.min(2 ** 31 - 1, Math.max(0, Math.trunc(n)));
}

/** Run a definition with normalised parameters, erasing its parameter types. */
export function runSimulation(
  def: AnySimulation,
  raw: Record<string, unknown>,
  seed: number,
): SimulationOutput {
  const params = normaliseParams(def, raw);
  const ran = def.run(params, normaliseSeed(seed, def.seed));
  const compared = comparedSeries(ran.series, def.compare);
  const output: SimulationOutput = {
    ...ran,
    label: runLabelOf(def, params),
    ...(compared ? { compared } : {}),
  };
  const spec = def.prediction;
  if (!spec) return output;
  const figure = output.figures.find((f) => f.label === spec.figure);
  if (!figure) {
    throw new Error(`prediction "${spec.label}": no figure labelled "${spec.figure}" in the run`);
  }
  const formula = spec.formula?.value(params);
  const check: PredictionCheck = {
    simulated: figure.value,
    ...(formula !== undefined && Number.isFinite(formula) ? { formula } : {}),
  };
  return { ...output, check };
}

/** The chart (and lines) a run contributes to the comparison of runs. */
export function comparedSeries(series: Series[], spec?: CompareSpec): Series | undefined {
  const chart = spec ? series.find((s) => s.title === spec.series) : series[0];
  if (!chart) return undefined;
  if (!spec?.line) return chart;
  return { ...chart, lines: chart.lines.filter((l) => l.label === spec.line) };
}

/** The label a run gets in the comparison: the definition's, else the settings changed from default. */
export function runLabelOf(def: AnySimulation, params: ParamValues): string {
  if (def.runLabel) return def.runLabel(params);
  const changed = def.controls.filter((c) => params[c.name] !== c.default);
  if (changed.length === 0) return 'Default settings';
  return changed
    .map((c) => {
      const v = params[c.name];
      if (c.kind === 'slider') return `${c.label} ${formatControlValue(c, Number(v))}`;
      return `${c.label}: ${c.options.find((o) => o.value === v)?.label ?? String(v)}`;
    })
    .join(', ');
}

/** A figure as text: "42 ms", "0.75", "12 %". */
export function formatFigure(f: Figure): string {
  if (!Number.isFinite(f.value)) return `— ${f.unit ?? ''}`.trim();
  const n = groupThousands(f.value.toFixed(f.digits ?? 0));
  if (!f.unit) return n;
  return f.unit === '%' ? `${n} %` : `${n} ${f.unit}`;
}

/**
 * `12345.6` → `12 345.6` (thin space). Not toLocaleString: its first call loads locale data and
 * blocks the page for tens of milliseconds.
 */
export function groupThousands(fixed: string): string {
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A slider's value with its unit ("40 req/s"). */
export function formatControlValue(c: SliderControl, value: number): string {
  const decimals = (String(c.step).split('.')[1] ?? '').length;
  const n = value.toFixed(decimals);
  return c.unit ? `${n} ${c.unit}` : n;
}

// Simulation ids and paths follow the course's one rule (course/paths.ts).
export { simulationIdFromPath, simulationPathHint } from '../../course/paths.ts';
