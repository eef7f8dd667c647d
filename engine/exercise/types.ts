/**
 * The contract between an exercise's `checks.ts`, the harness that runs it, and the page that
 * shows the results. Plain, structured-clone-safe data only: it crosses a Worker boundary.
 */

/** One point of a chart series: x then y. */
export type Point = readonly [x: number, y: number];

/** A line on a chart. */
export interface SeriesLine {
  /** Legend label. */
  label: string;
  /** Points in ascending x. */
  points: Point[];
}

/** A chart the results panel draws with chart.js. */
export interface Series {
  /** Chart heading. */
  title: string;
  /** Axis labels, with units. */
  xLabel: string;
  yLabel: string;
  /** `line` for time series, `bar` for categories (x = index into `categories`). */
  kind: 'line' | 'bar';
  /** Category names for bar charts. */
  categories?: string[];
  lines: SeriesLine[];
}

/** Outcome of one check. */
export interface CheckResult {
  /** What is being checked, phrased as the goal ("GET / returns 200"). */
  name: string;
  passed: boolean;
  /** Why it passed or failed, in plain words with the numbers involved. Shown as text. */
  message: string;
}

/** A line the learner's code printed. */
export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

/** Where a learner's error happened, in the learner's own source (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Why a run did not complete its checks. */
export interface RunError {
  kind: 'syntax' | 'runtime' | 'timeout' | 'missing-export' | 'internal';
  /** Plain-language message, shown as text. */
  message: string;
  /** Position in the learner's source, when known. */
  position?: SourcePosition;
}

/** Everything one Run produces; the one result type of `run(source) → Promise<RunResult>`. */
export interface RunResult {
  checks: CheckResult[];
  console: ConsoleLine[];
  /** Console lines dropped by the cap. */
  consoleHidden: number;
  series: Series[];
  error?: RunError;
  /** Wall time of compile + checks, for the results footer. */
  durationMs: number;
}
