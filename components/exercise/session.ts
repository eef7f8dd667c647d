/**
 * The state of one exercise, without the DOM: whose code the editor shows (the learner's own, or
 * a shared run while the learner's own waits), the debounced autosave, another tab's newer edit,
 * a starter that changed under saved code, reset, and runs. The view is told what to show through
 * `ExerciseSessionView`; storage, the runner and `confirm` come in as ports, so every transition
 * is unit-tested in Node (tests/unit/exercise-session.test.ts).
 */
import type { RunResult } from 'archlab';
import { hashText, type SavedCode } from './codeStore.ts';

export { isExerciseAction, type ExerciseAction } from './parts.ts';

/** Typing settles for this long before it is saved. */
export const AUTOSAVE_DELAY_MS = 300;

/** What the session asks of the page. */
export interface ExerciseSessionView {
  /** Put code in the editor without it counting as the learner's edit (a silent `setValue`). */
  showCode(code: string): void;
  /** Clear the error marks in the editor. */
  clearMarks(): void;
  /** Hide and empty the results, and forget the passed/failed state. */
  clearResults(): void;
  setStatus(text: string): void;
  /** Show or hide the "shared run" banner (and `data-shared`). */
  setShared(shared: boolean): void;
  /** Show the new starter code beside the learner's code (the solution box, relabelled). */
  showNewStarter(starter: string): void;
  /** A reload should show the learner's page, not the shared run again. */
  forgetSharedLink(): void;
  /** Bring the exercise into view. */
  reveal(): void;
  focusEditor(): void;
  /** Run button busy or not. */
  setBusy(busy: boolean): void;
  /** Draw a run's results; `runs` counts completed runs (the markup's `data-runs`). */
  showResult(result: RunResult, outcome: 'passed' | 'failed', runs: number): void;
}

/** Where the learner's code is kept for this exercise. */
export interface ExerciseCodeStore {
  load(): SavedCode | undefined;
  /** False when the browser refused. */
  save(code: string): boolean;
  clear(): void;
}

/** Everything a session needs. */
export interface ExerciseSessionOptions {
  title: string;
  starter: string;
  store: ExerciseCodeStore;
  view: ExerciseSessionView;
  run(source: string): Promise<RunResult>;
  confirm(question: string): boolean;
  /** Record a pass in the learner's progress. */
  markPassed(): void;
  /** Resolves once the editor can show code (Reset asks first, then waits for it). */
  editorReady?: () => Promise<unknown>;
  autosaveDelayMs?: number;
}

/** The status line after a run. */
export function runStatus(result: RunResult): string {
  const passed = result.checks.filter((c) => c.passed).length;
  if (allChecksPassed(result)) return 'All checks passed.';
  if (!result.error) return `${passed} of ${result.checks.length} checks passed.`;
  if (result.error.kind === 'timeout') return 'Stopped: time limit reached.';
  // The compiler, the sandbox or the checks did not load: nothing in the code is wrong.
  if (result.error.kind === 'internal') {
    return 'Your code was not run; the problem is not in your code (see below).';
  }
  return 'There is an error to fix.';
}

function allChecksPassed(result: RunResult): boolean {
  return (
    result.checks.length > 0 && result.checks.every((c) => c.passed) && result.error === undefined
  );
}

/** Whose code the editor shows. */
export type CodeOwner = { kind: 'own' } | { kind: 'shared'; own: string };

export class ExerciseSession {
  readonly #o: ExerciseSessionOptions;
  readonly #delayMs: number;
  #code: string;
  #owner: CodeOwner = { kind: 'own' };
  #pending: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #runs = 0;

  constructor(options: ExerciseSessionOptions) {
    this.#o = options;
    this.#delayMs = options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
    this.#code = options.store.load()?.code ?? options.starter;
  }

  /** The code the editor shows (the learner's own, or the shared run's). */
  get code(): string {
    return this.#code;
  }

  get owner(): CodeOwner {
    return this.#owner;
  }

  /** Completed runs. */
  get runs(): number {
    return this.#runs;
  }

  get running(): boolean {
    return this.#running;
  }

  /** True while an edit waits for its autosave. */
  get savePending(): boolean {
    return this.#pending !== undefined;
  }

  /** The learner (or the test hook) changed the code in the editor. */
  edit(code: string): void {
    this.#code = code;
    // A shared run is someone else's code: it never replaces the learner's saved code.
    if (this.#owner.kind === 'shared') return;
    this.#pending = code;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flushSave(), this.#delayMs);
  }

  /** Save pending edits now; false (with a status saying so) when the browser refused them. */
  flushSave(): boolean {
    clearTimeout(this.#timer);
    const code = this.#pending;
    if (code === undefined) return true;
    this.#pending = undefined;
    if (code === this.#o.starter) {
      this.#o.store.clear();
      return true;
    }
    if (this.#o.store.save(code)) return true;
    this.#o.view.setStatus('Your code could not be saved in this browser.');
    return false;
  }

  #dropPending(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
  }

  /** Another tab saved this exercise: the newer edit wins, and this tab says so. */
  adoptOtherTab(): void {
    const incoming = this.#o.store.load()?.code ?? this.#o.starter;
    if (this.#owner.kind === 'shared') {
      // The shared code stays on screen; "Back to my code" brings the newer save.
      this.#owner = { kind: 'shared', own: incoming };
      return;
    }
    if (incoming === this.#code) return;
    // Drop our unsaved keystrokes: the other tab's save is newer than anything stored here.
    this.#dropPending();
    this.#code = incoming;
    this.#o.view.showCode(incoming);
    this.#o.view.setStatus('This exercise was edited in another tab; showing the newer code.');
  }

  /** Saved code begun from another starter: keep it, and show the new starter to compare. */
  noticeChangedStarter(): boolean {
    const saved = this.#o.store.load();
    if (!saved || saved.starterHash === hashText(this.#o.starter)) return false;
    this.#o.view.setStatus(
      'This exercise’s starter code changed in a new version of the course. Your code is kept.',
    );
    this.#o.view.showNewStarter(this.#o.starter);
    return true;
  }

  /** Back to the starter, after the learner confirms (asked at once, even while the editor loads). */
  async reset(): Promise<void> {
    const question = `Reset “${this.#o.title}” to the starter code? Your changes will be lost.`;
    if (!this.#o.confirm(question)) return;
    await this.#o.editorReady?.();
    this.#dropPending();
    this.#leaveShared();
    this.#code = this.#o.starter;
    this.#o.view.showCode(this.#o.starter);
    this.#o.store.clear();
    this.#o.view.clearMarks();
    this.#o.view.clearResults();
    this.#o.view.setStatus('Reset to the starter code.');
  }

  /** Show a shared run's code without running it; the learner's own code is kept aside. */
  openShared(code: string): void {
    if (this.#owner.kind === 'own') {
      this.flushSave();
      this.#owner = { kind: 'shared', own: this.#code };
    }
    this.#code = code;
    this.#o.view.showCode(code);
    this.#o.view.clearMarks();
    this.#o.view.setShared(true);
    this.#o.view.setStatus('Shared code loaded. Press Run to reproduce the run.');
    this.#o.view.reveal();
    this.#o.view.focusEditor();
  }

  /** Leave the shared run for the learner's own code. */
  backToOwnCode(): void {
    if (this.#owner.kind !== 'shared') return;
    const { own } = this.#owner;
    this.#leaveShared();
    this.#code = own;
    this.#o.view.showCode(own);
    this.#o.view.clearMarks();
    // The results on screen were the shared code's: they say nothing about the learner's own.
    this.#o.view.clearResults();
    this.#o.view.forgetSharedLink();
    this.#o.view.setStatus('Back to your own code.');
    this.#o.view.focusEditor();
  }

  /**
   * Make the shared code (with any edits made to it) the learner's own, saved as theirs. Their
   * previous code is replaced only after they confirm, unless it was the untouched starter.
   */
  keepShared(): void {
    if (this.#owner.kind !== 'shared') return;
    const untouched = this.#owner.own === this.#o.starter;
    const question = `Keep the shared code as your code for “${this.#o.title}”? Your own code for it will be replaced.`;
    if (!untouched && !this.#o.confirm(question)) return;
    this.#leaveShared();
    this.#pending = this.#code;
    const saved = this.flushSave();
    this.#o.view.forgetSharedLink();
    if (saved) this.#o.view.setStatus('The shared code is now yours, saved like your own work.');
    this.#o.view.focusEditor();
  }

  #leaveShared(): void {
    if (this.#owner.kind === 'own') return;
    this.#owner = { kind: 'own' };
    this.#o.view.setShared(false);
  }

  /** Compile and run the code shown, then show the results; a second Run while one runs is ignored. */
  async run(): Promise<RunResult | undefined> {
    if (this.#running) return undefined;
    this.#running = true;
    this.#o.view.setBusy(true);
    this.#o.view.setStatus('Running…');
    try {
      this.flushSave();
      const result = await this.#o.run(this.#code);
      const passed = allChecksPassed(result);
      // Someone else's passing code does not mark this exercise done for the visitor.
      if (passed && this.#owner.kind === 'own') this.#o.markPassed();
      this.#runs++;
      this.#o.view.showResult(result, passed ? 'passed' : 'failed', this.#runs);
      this.#o.view.setStatus(runStatus(result));
      return result;
    } finally {
      this.#o.view.setBusy(false);
      this.#running = false;
    }
  }
}
