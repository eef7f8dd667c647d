/**
 * The named parts of a simulation's markup, one data attribute each: `Simulation.astro` writes
 * them with `simPart()` and the island (`SimulationElement.ts`) finds them with `simSelector()`.
 */
export const SIMULATION_PARTS = {
  /** The `<section>` of one simulation; its value is the simulation's id. */
  root: 'data-simulation',
  form: 'data-sim-form',
  figures: 'data-sim-figures',
  /** Why the run shown stopped early (overload), with the figures; hidden otherwise. */
  notice: 'data-sim-notice',
  charts: 'data-sim-charts',
  /** Why a run failed (a live alert). */
  status: 'data-sim-status',
  /** The note that the live simulation needs JavaScript (removed by the island). */
  noJs: 'data-sim-nojs',
  /** The prediction field's box, with its label, unit and range as data attributes. */
  predict: 'data-sim-predict',
  predictionError: 'data-prediction-error',
  /** Prediction, simulation and formula side by side. */
  check: 'data-sim-check',
  /** The kept runs compared. */
  compare: 'data-sim-compare',
} as const;

export type SimulationPart = Exclude<keyof typeof SIMULATION_PARTS, 'root'>;

/** The attribute to spread on a part's element in the markup: `<div {...simPart('charts')}>`. */
export function simPart(name: SimulationPart): Record<string, ''> {
  // An empty value renders as a bare attribute (`data-status`), as when written by hand.
  return { [SIMULATION_PARTS[name]]: '' };
}

/** The CSS selector of a part. */
export function simSelector(name: keyof typeof SIMULATION_PARTS): string {
  return `[${SIMULATION_PARTS[name]}]`;
}
