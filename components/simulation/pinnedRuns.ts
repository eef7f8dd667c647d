/**
 * Pinned simulation runs survive a reload: a learner pins a run to compare later ones against it.
 * Only pinned runs are stored (the others are scratch), as plain JSON, checked on the way back in
 * so a damaged or outdated entry is dropped instead of breaking the widget.
 */
import type { Series } from '../../engine/exercise/types.ts';
import { MAX_RUNS, type KeptRun } from '../charts/history.ts';
import type { Figure } from './define.ts';
import type { SimRunData } from './panels.ts';

/** What is stored per simulation. */
export interface StoredPins {
  runs: { key: string; label: string; seed: number; data: SimRunData }[];
}

/** The storage name (see components/storage.ts) of a simulation's pinned runs. */
export function pinnedRunsName(simulationId: string): string {
  return `sim-pins:${simulationId}`;
}

/** The pinned runs of a history, ready for JSON (a non-finite point becomes null there). */
export function toStored(runs: readonly KeptRun<SimRunData>[]): StoredPins {
  return {
    runs: runs
      .filter((r) => r.pinned)
      .map(({ key, label, seed, data }) => ({ key, label, seed, data })),
  };
}

/** Stored runs as kept runs again: pinned, with ids from 1, as many as may be pinned. */
export function fromStored(stored: StoredPins): KeptRun<SimRunData>[] {
  return stored.runs.slice(0, MAX_RUNS - 1).map((run, i) => ({
    ...run,
    id: i + 1,
    pinned: true,
    data: run.data.compared
      ? { ...run.data, compared: withNaNs(run.data.compared) }
      : { figures: run.data.figures },
  }));
}

/** JSON has no NaN: gaps in a line come back as null and are gaps again. */
function withNaNs(series: Series): Series {
  return {
    ...series,
    lines: series.lines.map((l) => ({
      ...l,
      points: l.points.map(([x, y]) => [x, y ?? Number.NaN] as const),
    })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isFigure(v: unknown): v is Figure {
  return (
    isObject(v) &&
    isString(v.label) &&
    isNumber(v.value) &&
    (v.unit === undefined || isString(v.unit)) &&
    (v.digits === undefined || Number.isInteger(v.digits))
  );
}

function isPoint(v: unknown): boolean {
  return Array.isArray(v) && v.length === 2 && isNumber(v[0]) && (v[1] === null || isNumber(v[1]));
}

function isSeries(v: unknown): v is Series {
  return (
    isObject(v) &&
    (v.kind === 'line' || v.kind === 'bar') &&
    isString(v.title) &&
    isString(v.xLabel) &&
    isString(v.yLabel) &&
    (v.categories === undefined || (Array.isArray(v.categories) && v.categories.every(isString))) &&
    Array.isArray(v.lines) &&
    v.lines.every(
      (l) => isObject(l) && isString(l.label) && Array.isArray(l.points) && l.points.every(isPoint),
    )
  );
}

function isStoredRun(v: unknown): v is StoredPins['runs'][number] {
  return (
    isObject(v) &&
    isString(v.key) &&
    isString(v.label) &&
    isNumber(v.seed) &&
    isObject(v.data) &&
    Array.isArray(v.data.figures) &&
    v.data.figures.every(isFigure) &&
    (v.data.compared === undefined || isSeries(v.data.compared))
  );
}

/** True for stored pins this version can show. */
export function isStoredPins(v: unknown): v is StoredPins {
  return isObject(v) && Array.isArray(v.runs) && v.runs.every(isStoredRun);
}
