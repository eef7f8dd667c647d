/**
 * Running a scenario: `simulate` to the end in one call, or `SimulationRun` step by step for live
 * views. The work is split by job: `validate.ts` checks the scenario and fills defaults,
 * `assemble.ts` builds the components (RNG fork order, construction order), `lifecycle.ts` moves
 * each request from arrival to answer, `summarize.ts` turns the state into `SimResult`
 * (`result.ts`).
 */
import { ConfigError, checkNumber } from '../core/errors.ts';
import { MAX_EVENTS, MAX_TRACES } from '../core/limits.ts';
import { assemble, type Topology } from './assemble.ts';
import { checkBudget, type RunBudget } from './budget.ts';
import type { SimResult } from './result.ts';
import type { Scenario, SimulateOptions } from './scenario.ts';
import { summarize } from './summarize.ts';
import { checkScenario, type ScenarioConfig } from './validate.ts';

export type { LatencySummary, ServerSummary, SimResult, Summary, TraceRecord } from './result.ts';

/**
 * A scenario being run step by step, for live views: the caller drives time with `runUntil` or
 * `step` and reads `result()` whenever it likes (series hold the buckets closed so far).
 */
export class SimulationRun {
  private readonly cfg: ScenarioConfig;
  private readonly sys: Topology;
  private readonly seed: number;
  private finished = false;

  /** Validate `scenario` (throws `ConfigError`) and set it up at time 0. */
  constructor(scenario: Scenario, options: SimulateOptions) {
    this.cfg = checkScenario(scenario);
    this.budget = checkBudget(this.cfg);
    const trace = options.trace ?? false;
    if (typeof trace === 'number') checkNumber(trace, 'options.trace', { min: 0, max: MAX_TRACES });
    else if (typeof trace !== 'boolean')
      throw new ConfigError('options.trace', 'must be true, false or a count');
    this.seed = options.seed;
    this.sys = assemble(this.cfg, options.seed, trace);
    this.sys.sim.eventLimit =
      options.maxEvents === undefined
        ? MAX_EVENTS
        : checkNumber(options.maxEvents, 'options.maxEvents', { min: 1, max: MAX_EVENTS });
  }

  /** What the run is expected to cost (checked against the engine's limits before it starts). */
  readonly budget: RunBudget;

  /** Simulated time now, ms. */
  get now(): number {
    return this.sys.sim.now;
  }

  /** The scenario's duration, ms. */
  get durationMs(): number {
    return this.cfg.durationMs;
  }

  /** Whether the run has reached its duration, or stopped early (see `summary.stoppedEarly`). */
  get done(): boolean {
    return this.sys.sim.now >= this.cfg.durationMs || this.sys.sim.halted;
  }

  /** Process every event up to `t` (capped at the duration), ms. */
  runUntil(t: number): void {
    this.sys.sim.runUntil(Math.min(t, this.cfg.durationMs));
  }

  /** Process the next event (false when none is left before the end). */
  step(): boolean {
    if (this.sys.sim.halted) return false;
    if (this.sys.sim.nextTime() > this.cfg.durationMs) {
      this.sys.sim.runUntil(this.cfg.durationMs);
      return false;
    }
    return this.sys.sim.step();
  }

  /** Results up to now; once `done`, the final results (the last partial bucket is closed). */
  result(): SimResult {
    const now = Math.min(this.sys.sim.now, this.cfg.durationMs);
    if (this.done && !this.finished) {
      this.finished = true;
      this.sys.recorder.finish(now);
    }
    const r = summarize(this.sys, this.seed, now);
    // Mid-run the recorder keeps appending: hand out copies so earlier results stay as they were.
    return this.finished ? r : structuredClone(r);
  }
}

/**
 * Run a scenario to its end, synchronously. Pure: the same scenario and seed give the same result.
 * Throws `ConfigError` (naming the field and the allowed range) for an invalid scenario.
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimResult {
  const run = new SimulationRun(scenario, options);
  run.runUntil(Infinity);
  return run.result();
}
