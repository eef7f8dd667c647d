/**
 * The interactive exercise: editor (Monaco, or a textarea on touch screens), autosave, Run with
 * results, hints one at a time, reveal solution and compare it with the learner's code, reset,
 * share a run as a link and open one. Loaded on the learner's first intent.
 */
import type { RunResult } from 'archlab';
import { run, warmUp } from '../../runner/client.ts';
import { importEditor } from '../../runner/loading.ts';
import { showLoadProgress } from './loadProgress.ts';
import type { CodeEditor, EditorOptions } from '../../runner/monaco.ts';
import { markExercisePassed } from '../progress.ts';
import { clearCode, hashText, loadCode, saveCode } from './codeStore.ts';
import { storageKey } from '../storage.ts';
import { beforeReload, reportLoadFailure } from '../newVersion.ts';
import { renderResults } from './renderResults.ts';
import { createTextEditor } from './textEditor.ts';
import { showComparison, type Comparison } from './diffView.ts';
import { encodeRun, shareUrl, ShareTooLarge, type SharedRun } from './shareLink.ts';

const solutions = import.meta.glob<string>('/lessons/*/exercises/*/solution.ts', {
  query: '?raw',
  import: 'default',
});

/** Test and power-user hook: set or read an exercise's code without typing. */
interface ExerciseHook {
  getCode(): string;
  setCode(code: string): void;
}
declare global {
  interface Window {
    __archlab?: { exercises: Record<string, ExerciseHook> };
  }
}

const AUTOSAVE_DELAY_MS = 300;

export class ExerciseController {
  readonly #root: HTMLElement;
  readonly #id: string;
  readonly #title: string;
  readonly #timeLimitMs: number;
  readonly #starter: string;
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  #editor: Promise<CodeEditor>;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: string | undefined;
  #hintsShown = 0;
  /** True while showing another tab's code, which must not be saved back as our own edit. */
  #adopting = false;
  #running = false;
  /** Completed runs, exposed as data-runs so tests (and styles) can wait for a fresh result. */
  #runs = 0;
  /**
   * Set while the editor shows someone's shared run: holds the learner's own code meanwhile. Edits
   * to the shared code are not autosaved over the learner's; "Keep this code" makes them theirs.
   */
  #shared: { own: string } | undefined;
  #solution: string | undefined;
  #comparison: Comparison | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#id = root.dataset.id ?? '';
    this.#title = root.dataset.title ?? this.#id;
    this.#timeLimitMs = Number(root.dataset.timeLimit ?? 3000);
    this.#starter =
      root.querySelector<HTMLTemplateElement>('template[data-starter]')?.content.textContent ?? '';
    this.#status = root.querySelector('[data-status]') as HTMLElement;
    this.#results = root.querySelector('[data-results]') as HTMLElement;
    showLoadProgress(root);
    warmUp(this.#id);
    this.#editor = this.#mountEditor();
    this.#setUpHints();
    // Closing the tab mid-typing keeps the last keystrokes.
    addEventListener('pagehide', () => this.#flushSave());
    // The new-version notice's Reload saves first, not only on pagehide.
    beforeReload(() => this.#flushSave());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.#flushSave();
    });
    // Two tabs on one exercise: the newer edit wins, and this tab says so.
    addEventListener('storage', (event) => {
      if (event.key === storageKey(`code:${this.#id}`)) void this.#adoptOtherTab();
    });
    void this.#noticeChangedStarter();
  }

  /** Handle a toolbar action. */
  async perform(action: string): Promise<void> {
    switch (action) {
      case 'run':
        return this.run();
      case 'reset':
        return this.#reset();
      case 'hint':
        return this.#nextHint();
      case 'solution':
        return this.#showSolution();
      case 'share':
        return this.#share();
      case 'own-code':
        return this.#backToOwnCode();
      case 'keep-shared':
        return this.#keepShared();
      case 'compare':
        return this.#toggleComparison();
    }
  }

  async #mountEditor(): Promise<CodeEditor> {
    const host = this.#root.querySelector('[data-editor]') as HTMLElement;
    const hadFocus = host.contains(document.activeElement);
    const options: EditorOptions = {
      value: loadCode(this.#id)?.code ?? this.#starter,
      ariaLabel: `Code for exercise: ${this.#title}`,
      modelPath: this.#id,
      onChange: (value) => this.#scheduleSave(value),
      onRun: () => void this.run(),
    };
    let editor: CodeEditor;
    if (matchMedia('(pointer: coarse)').matches) {
      host.dataset.mode = 'text';
      editor = createTextEditor(host, options);
    } else {
      this.#setStatus('Loading the editor…');
      try {
        const { createMonacoEditor } = await importEditor();
        host.dataset.mode = 'monaco';
        host.replaceChildren();
        editor = await createMonacoEditor(host, options);
        this.#setStatus('');
      } catch (error) {
        host.dataset.mode = 'text';
        editor = createTextEditor(host, options);
        this.#setStatus('The full editor could not load; using a plain text editor.');
        void reportLoadFailure(error);
      }
    }
    if (hadFocus) editor.focus();
    window.__archlab ??= { exercises: {} };
    window.__archlab.exercises[this.#id] = {
      getCode: () => editor.getValue(),
      setCode: (c) => editor.setValue(c),
    };
    this.#root.dataset.ready = '';
    return editor;
  }

  async #adoptOtherTab(): Promise<void> {
    const saved = loadCode(this.#id);
    if (this.#shared) {
      // The shared code stays on screen; "Back to my code" brings the newer save.
      this.#shared.own = saved?.code ?? this.#starter;
      return;
    }
    const editor = await this.#editor;
    const incoming = saved?.code ?? this.#starter;
    if (incoming === editor.getValue()) return;
    // Drop our unsaved keystrokes: the other tab's save is newer than anything stored here.
    clearTimeout(this.#saveTimer);
    this.#pending = undefined;
    this.#adopting = true;
    editor.setValue(incoming);
    this.#adopting = false;
    this.#setStatus('This exercise was edited in another tab; showing the newer code.');
  }

  async #noticeChangedStarter(): Promise<void> {
    const saved = loadCode(this.#id);
    if (!saved || saved.starterHash === hashText(this.#starter)) return;
    await this.#editor;
    this.#setStatus(
      'This exercise’s starter code changed in a new version of the course. Your code is kept.',
    );
    const box = this.#root.querySelector<HTMLElement>('[data-solution]');
    const code = this.#root.querySelector<HTMLElement>('[data-solution-code]');
    const kicker = box?.querySelector('.exercise-kicker');
    if (!box || !code || !kicker) return;
    kicker.textContent = 'The new starter code, to compare with yours';
    code.textContent = this.#starter;
    box.hidden = false;
  }

  #scheduleSave(value: string): void {
    // A shared run is someone else's code: it never replaces the learner's saved code.
    if (this.#adopting || this.#shared) return;
    this.#pending = value;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flushSave(), AUTOSAVE_DELAY_MS);
  }

  /** Save pending edits now; false (with a status saying so) when the browser refused them. */
  #flushSave(): boolean {
    clearTimeout(this.#saveTimer);
    const value = this.#pending;
    if (value === undefined) return true;
    this.#pending = undefined;
    if (value === this.#starter) {
      clearCode(this.#id);
      return true;
    }
    if (saveCode(this.#id, value, this.#starter)) return true;
    this.#setStatus('Your code could not be saved in this browser.');
    return false;
  }

  /** Compile and run the learner's code, then show the results. */
  async run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const button = this.#root.querySelector<HTMLButtonElement>('[data-action="run"]');
    button?.setAttribute('aria-busy', 'true');
    this.#setStatus('Running…');
    try {
      const editor = await this.#editor;
      this.#flushSave();
      const result = await run({
        exerciseId: this.#id,
        source: editor.getValue(),
        timeLimitMs: this.#timeLimitMs,
      });
      this.#show(result, editor);
      // The compiler, the sandbox or the checks did not load: maybe they are gone after a deploy.
      if (result.error?.kind === 'internal') void reportLoadFailure(result.error.message);
    } finally {
      button?.removeAttribute('aria-busy');
      this.#running = false;
    }
  }

  #show(result: RunResult, editor: CodeEditor): void {
    const charts = renderResults(this.#results, result, {
      goToLine: (position) => {
        editor.markError(position, result.error?.message);
        editor.focus();
      },
    });
    editor.markError(result.error?.position, result.error?.message);
    const passed = result.checks.filter((c) => c.passed).length;
    const allPassed = result.checks.length > 0 && passed === result.checks.length && !result.error;
    // Someone else's passing code does not mark this exercise done for the visitor.
    if (allPassed && !this.#shared) markExercisePassed(this.#id);
    this.#root.dataset.state = allPassed ? 'passed' : 'failed';
    this.#root.dataset.runs = String(++this.#runs);
    this.#setStatus(
      allPassed
        ? 'All checks passed.'
        : result.error
          ? result.error.kind === 'timeout'
            ? 'Stopped: time limit reached.'
            : result.error.kind === 'internal'
              ? // The compiler, the sandbox or the checks did not load: nothing in the code is wrong.
                'Your code was not run; the problem is not in your code (see below).'
              : 'There is an error to fix.'
          : `${passed} of ${result.checks.length} checks passed.`,
    );
    if (result.series.length > 0) {
      void import('../charts/index.ts')
        .then(({ renderCharts }) => renderCharts(charts, result.series))
        .catch((error: unknown) => {
          charts.textContent = 'Charts could not be drawn.';
          void reportLoadFailure(error);
        });
    }
  }

  async #reset(): Promise<void> {
    if (!confirm(`Reset “${this.#title}” to the starter code? Your changes will be lost.`)) return;
    const editor = await this.#editor;
    clearTimeout(this.#saveTimer);
    this.#pending = undefined;
    this.#leaveShared();
    editor.setValue(this.#starter);
    clearCode(this.#id);
    editor.markError(undefined);
    this.#results.hidden = true;
    this.#results.replaceChildren();
    delete this.#root.dataset.state;
    this.#setStatus('Reset to the starter code.');
  }

  #hintItems(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>('[data-hints] li')];
  }

  #setUpHints(): void {
    const details = this.#root.querySelector<HTMLDetailsElement>('[data-hints]');
    const items = this.#hintItems();
    const hintButton = this.#root.querySelector<HTMLButtonElement>('[data-action="hint"]');
    if (!details || items.length === 0) {
      if (hintButton) hintButton.hidden = true;
      this.#revealSolutionButton();
      return;
    }
    // One hint at a time: the list starts hidden and opens as hints are asked for.
    details.open = true;
    details.hidden = true;
    for (const item of items) item.hidden = true;
    this.#updateHintButton();
  }

  #updateHintButton(): void {
    const items = this.#hintItems();
    const button = this.#root.querySelector<HTMLButtonElement>('[data-action="hint"]');
    if (!button) return;
    if (this.#hintsShown >= items.length) {
      button.hidden = true;
      this.#revealSolutionButton();
    } else {
      button.textContent = `Show hint ${this.#hintsShown + 1} of ${items.length}`;
    }
  }

  #nextHint(): void {
    const items = this.#hintItems();
    const item = items[this.#hintsShown];
    if (!item) return;
    const details = this.#root.querySelector<HTMLDetailsElement>('[data-hints]');
    if (details) details.hidden = false;
    item.hidden = false;
    this.#hintsShown++;
    this.#setStatus(`Hint ${this.#hintsShown}: ${item.textContent ?? ''}`);
    this.#updateHintButton();
  }

  #revealSolutionButton(): void {
    const button = this.#root.querySelector<HTMLButtonElement>('[data-action="solution"]');
    if (button) button.hidden = false;
  }

  async #showSolution(): Promise<void> {
    const [chapter, slug] = this.#id.split('/');
    const pattern = new RegExp(`/lessons/\\d*-?${chapter}/exercises/${slug}/solution\\.ts$`);
    const entry = Object.entries(solutions).find(([path]) => pattern.test(path));
    const box = this.#root.querySelector<HTMLElement>('[data-solution]');
    const code = this.#root.querySelector<HTMLElement>('[data-solution-code]');
    if (!entry || !box || !code) return;
    this.#solution = await entry[1]();
    code.textContent = this.#solution;
    const kicker = box.querySelector('.exercise-kicker');
    if (kicker) kicker.textContent = 'Reference solution';
    box.hidden = false;
    this.#root
      .querySelector<HTMLButtonElement>('[data-action="solution"]')
      ?.setAttribute('hidden', '');
    this.#root
      .querySelector<HTMLButtonElement>('[data-action="compare"]')
      ?.removeAttribute('hidden');
    this.#setStatus('The reference solution is shown below the editor.');
  }

  /** Open or close the comparison of the learner's code (as it is now) with the solution. */
  async #toggleComparison(): Promise<void> {
    const section = this.#root.querySelector<HTMLElement>('[data-diff]');
    const view = section?.querySelector<HTMLElement>('[data-diff-view]');
    const summary = section?.querySelector<HTMLElement>('[data-diff-summary]');
    const button = this.#root.querySelector<HTMLButtonElement>('[data-action="compare"]');
    if (!section || !view || !summary || !button || this.#solution === undefined) return;
    this.#comparison?.dispose();
    this.#comparison = undefined;
    if (!section.hidden) {
      section.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = 'Compare with my code';
      return;
    }
    const editor = await this.#editor;
    const host = this.#root.querySelector<HTMLElement>('[data-editor]');
    section.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide comparison';
    const shown = await showComparison(
      view,
      editor.getValue(),
      this.#solution,
      host?.dataset.mode === 'monaco',
    );
    this.#comparison = shown.comparison;
    summary.textContent = shown.summary;
    this.#setStatus(`Comparison shown. ${shown.summary}`);
  }

  /** Copy a link that reproduces this run: the exercise and the code (the checks fix the seeds). */
  async #share(): Promise<void> {
    const panel = this.#root.querySelector<HTMLElement>('[data-share]');
    const field = panel?.querySelector<HTMLInputElement>('[data-share-link]');
    if (!panel || !field) return;
    const editor = await this.#editor;
    let url: string;
    try {
      url = shareUrl(location.href, await encodeRun({ id: this.#id, code: editor.getValue() }));
    } catch (err) {
      this.#setStatus(
        err instanceof ShareTooLarge ? err.message : 'This browser could not make a link.',
      );
      return;
    }
    field.value = url;
    panel.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      this.#setStatus('Link copied');
    } catch {
      // No clipboard (permission, insecure context): the field is there to copy by hand.
      field.focus();
      field.select();
      this.#setStatus('Copy the link from the field below the toolbar.');
    }
  }

  /** Show a shared run's code in the editor without running it; the learner's code is kept. */
  async openShared(run: SharedRun): Promise<void> {
    const editor = await this.#editor;
    if (!this.#shared) {
      this.#flushSave();
      this.#shared = { own: editor.getValue() };
    }
    this.#adopting = true;
    editor.setValue(run.code);
    this.#adopting = false;
    editor.markError(undefined);
    this.#root.dataset.shared = '';
    const banner = this.#root.querySelector<HTMLElement>('[data-shared-banner]');
    if (banner) banner.hidden = false;
    this.#setStatus('Shared code loaded. Press Run to reproduce the run.');
    this.#root.scrollIntoView({ block: 'start' });
    editor.focus();
  }

  /** Stop showing a shared run (the editor's content is the caller's business). */
  #leaveShared(): void {
    this.#shared = undefined;
    delete this.#root.dataset.shared;
    const banner = this.#root.querySelector<HTMLElement>('[data-shared-banner]');
    if (banner) banner.hidden = true;
  }

  async #backToOwnCode(): Promise<void> {
    const shared = this.#shared;
    if (!shared) return;
    const editor = await this.#editor;
    this.#leaveShared();
    this.#adopting = true;
    editor.setValue(shared.own);
    this.#adopting = false;
    editor.markError(undefined);
    // The results on screen were the shared code's: they say nothing about the learner's own.
    this.#results.hidden = true;
    this.#results.replaceChildren();
    delete this.#root.dataset.state;
    this.#forgetSharedLink();
    this.#setStatus('Back to your own code.');
    editor.focus();
  }

  /**
   * Make the shared code (with any edits made to it) the learner's own, saved as theirs. Their
   * previous code is replaced only after they confirm, unless it was the untouched starter.
   */
  async #keepShared(): Promise<void> {
    const shared = this.#shared;
    if (!shared) return;
    const editor = await this.#editor;
    const untouched = shared.own === this.#starter;
    const question = `Keep the shared code as your code for “${this.#title}”? Your own code for it will be replaced.`;
    if (!untouched && !confirm(question)) return;
    this.#leaveShared();
    this.#pending = editor.getValue();
    const saved = this.#flushSave();
    this.#forgetSharedLink();
    if (saved) this.#setStatus('The shared code is now yours, saved like your own work.');
    editor.focus();
  }

  /** A reload should show the learner's page, not the shared run again. */
  #forgetSharedLink(): void {
    if (location.hash.includes('run=')) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  #setStatus(text: string): void {
    this.#status.textContent = text;
  }
}
