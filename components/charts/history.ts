/**
 * The last few runs of a simulation or an exercise, kept to compare side by side. Pure data
 * and functions (no DOM), shared by the simulation widget and the exercise results panel.
 */

/** How many runs are kept; pinned ones count, so at most `MAX_RUNS - 1` can be pinned. */
export const MAX_RUNS = 4;

/** One kept run. */
export interface KeptRun<T> {
  /** Stable id for buttons (increasing). */
  id: number;
  /** Runs with the same key are the same run: the newer one replaces the older. */
  key: string;
  /** Name in the legend and the table ("Round robin, 60 %"). */
  label: string;
  /** Seed of the random traffic; runs are only comparable on the same seed. */
  seed: number;
  pinned: boolean;
  data: T;
}

/** A run about to be kept. */
export type NewRun<T> = Omit<KeptRun<T>, 'id' | 'pinned'>;

/** An immutable list of kept runs with the operations the comparison panel offers. */
export class RunHistory<T> {
  readonly runs: readonly KeptRun<T>[];
  readonly #nextId: number;

  constructor(runs: readonly KeptRun<T>[] = [], nextId = 1) {
    this.runs = runs;
    this.#nextId = nextId;
  }

  /**
   * Keep `run`: it replaces a run with the same key (keeping its pin), a new seed drops the
   * unpinned runs of other seeds (different traffic is not a fair comparison), and beyond
   * `MAX_RUNS` the oldest unpinned run goes.
   */
  add(run: NewRun<T>): RunHistory<T> {
    const same = this.runs.find((r) => r.key === run.key && r.seed === run.seed);
    let runs = this.runs.filter((r) => r !== same && (r.pinned || r.seed === run.seed));
    runs = [...runs, { ...run, id: this.#nextId, pinned: same?.pinned ?? false }];
    while (runs.length > MAX_RUNS) {
      const oldest = runs.findIndex((r) => !r.pinned);
      runs = runs.filter((_, i) => i !== (oldest === -1 ? 0 : oldest));
    }
    return new RunHistory(runs, this.#nextId + 1);
  }

  /** Pin or unpin a run; pinning is refused (unchanged) when it would leave no free slot. */
  togglePin(id: number): RunHistory<T> {
    const run = this.runs.find((r) => r.id === id);
    if (!run) return this;
    if (!run.pinned && !this.canPin()) return this;
    return this.#with(this.runs.map((r) => (r.id === id ? { ...r, pinned: !r.pinned } : r)));
  }

  /** True when one more run can be pinned. */
  canPin(): boolean {
    return this.runs.filter((r) => r.pinned).length < MAX_RUNS - 1;
  }

  /** Drop one run. */
  remove(id: number): RunHistory<T> {
    return this.#with(this.runs.filter((r) => r.id !== id));
  }

  /** Drop every run, pinned or not. */
  clear(): RunHistory<T> {
    return this.#with([]);
  }

  /** The legend name of a run: its label, plus the seed when the kept runs' seeds differ. */
  nameOf(run: KeptRun<T>): string {
    const seeds = new Set(this.runs.map((r) => r.seed));
    return seeds.size > 1 ? `${run.label} (seed ${run.seed})` : run.label;
  }

  #with(runs: readonly KeptRun<T>[]): RunHistory<T> {
    return new RunHistory(runs, this.#nextId);
  }
}
