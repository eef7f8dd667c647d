/**
 * "Predict, then run": checking a learner's guess and laying guess, simulation and formula side
 * by side. Pure functions (no DOM, no storage) so they are unit-tested; the widget draws them.
 */
import type { Series } from '../../engine/exercise/types.ts';
import { groupThousands, type PredictionCheck } from './define.ts';

/** What the page knows of a prediction (rendered into data attributes at build time). */
export interface PredictionField {
  label: string;
  unit: string;
  min: number;
  max: number;
}

/** A parsed guess: a number, nothing (the learner skipped), or why the text is not accepted. */
export type ParsedPrediction =
  { ok: true; value: number | undefined } | { ok: false; message: string };

/** A value with its unit ("120 ms", "60 %"), to 3 significant digits for everyday sizes. */
export function formatWithUnit(value: number, unit: string): string {
  const abs = Math.abs(value);
  const n = abs >= 100 ? groupThousands(value.toFixed(0)) : String(Number(value.toPrecision(3)));
  return unit === '%' ? `${n} %` : `${n} ${unit}`;
}

/** Parse the text of the prediction field: empty skips; a comma decimal is accepted. */
export function parsePrediction(raw: string, field: PredictionField): ParsedPrediction {
  const text = raw.trim().replace(/\s+/g, '').replace(',', '.');
  if (text === '') return { ok: true, value: undefined };
  const value = Number(text);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) || !Number.isFinite(value)) {
    return { ok: false, message: `Enter a number in ${field.unit}, or leave it empty to skip.` };
  }
  if (value < field.min || value > field.max) {
    return {
      ok: false,
      message: `Enter a value from ${formatWithUnit(field.min, field.unit)} to ${formatWithUnit(field.max, field.unit)}.`,
    };
  }
  return { ok: true, value };
}

/** One row of the side-by-side comparison. */
export interface ComparisonRow {
  name: 'Your prediction' | 'Simulated' | 'Formula';
  /** Undefined when absent (skipped prediction, no formula for these settings). */
  value: number | undefined;
  text: string;
}

/** Guess, simulation and formula as rows of text, a verdict sentence, and a small bar chart. */
export function compareWithPrediction(
  field: PredictionField,
  predicted: number | undefined,
  check: PredictionCheck,
): { rows: ComparisonRow[]; verdict: string; chart: Series } {
  const text = (v: number | undefined, missing: string) =>
    v === undefined ? missing : formatWithUnit(v, field.unit);
  const rows: ComparisonRow[] = [
    { name: 'Your prediction', value: predicted, text: text(predicted, 'skipped') },
    { name: 'Simulated', value: check.simulated, text: text(check.simulated, '—') },
    {
      name: 'Formula',
      value: check.formula,
      text: text(check.formula, 'no formula applies here'),
    },
  ];
  const present = rows.filter((r) => r.value !== undefined);
  const chart: Series = {
    title: `${field.label}: prediction, simulation, formula (${field.unit})`,
    xLabel: 'Source',
    yLabel: `${field.label} (${field.unit})`,
    kind: 'bar',
    categories: present.map((r) => r.name),
    lines: [{ label: field.label, points: present.map((r, i) => [i, r.value ?? 0] as const) }],
  };
  return { rows, verdict: verdict(predicted, check.simulated), chart };
}

/** How far the guess was from the simulation, in words. */
export function verdict(predicted: number | undefined, simulated: number): string {
  if (predicted === undefined) return 'You skipped the prediction: try one before the next run.';
  if (!Number.isFinite(simulated)) return 'The simulation has no finite answer to compare with.';
  const scale = Math.max(Math.abs(simulated), 1e-9);
  const off = (predicted - simulated) / scale;
  if (Math.abs(off) <= 0.1) return 'Your prediction is within 10 % of the simulation.';
  const pct = Math.round(Math.abs(off) * 100);
  return `Your prediction is ${pct} % ${off > 0 ? 'above' : 'below'} the simulation.`;
}
