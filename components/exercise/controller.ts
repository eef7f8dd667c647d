/**
 * The interactive exercise, loaded on the learner's first intent: mounts the editor (Monaco, or a
 * textarea on touch screens) and joins the session (state: own code or shared run, autosave,
 * other tabs, reset, runs) to the view (the DOM parts) and the feature modules (hints, solution
 * and comparison, share). The logic lives in those; this file only wires them.
 */
import type { RunResult } from 'archlab';
import { run, warmUp } from '../../runner/client.ts';
import { importEditor } from '../../runner/loading.ts';
import { showLoadProgress } from './loadProgress.ts';
import type { CodeEditor, EditorOptions } from '../../runner/monaco.ts';
import { markExercisePassed } from '../progress.ts';
import { clearCode, loadCode, saveCode } from './codeStore.ts';
import { storageKey } from '../storage.ts';
import { beforeReload, reportLoadFailure } from '../newVersion.ts';
import { renderResults } from './renderResults.ts';
import { createTextEditor } from './textEditor.ts';
import type { SharedRun } from './shareLink.ts';
import { ExerciseSession, type ExerciseSessionView } from './session.ts';
import type { ExerciseAction } from './parts.ts';
import { ExerciseView } from './view.ts';
import { setUpHints } from './features/hints.ts';
import { SolutionFeature } from './features/solution.ts';
import { shareRun } from './features/share.ts';

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

export class ExerciseController {
  readonly #view: ExerciseView;
  readonly #session: ExerciseSession;
  readonly #editor: Promise<CodeEditor>;
  readonly #hints: { next(): void };
  readonly #solution: SolutionFeature;
  /** The editor once mounted: the session acts only after that, and its writes apply at once. */
  #mounted: CodeEditor | undefined;
  /** True while the session puts code in the editor: that is not the learner's edit. */
  #silent = false;

  constructor(root: HTMLElement) {
    const view = (this.#view = new ExerciseView(root));
    // A feature module of its own: the editor's, type checker's and compiler's download progress.
    showLoadProgress(root);
    warmUp(view.id);
    this.#session = new ExerciseSession({
      title: view.title,
      starter: view.starter,
      store: {
        load: () => loadCode(view.id),
        save: (code) => saveCode(view.id, code, view.starter),
        clear: () => clearCode(view.id),
      },
      view: this.#sessionView(),
      run: (source) => this.#run(source),
      confirm: (question) => confirm(question),
      markPassed: () => markExercisePassed(view.id),
      editorReady: () => this.#editor,
    });
    this.#editor = this.#mountEditor();
    this.#hints = setUpHints(view);
    this.#solution = new SolutionFeature(view);
    const flush = () => void this.#session.flushSave();
    // Closing the tab mid-typing keeps the last keystrokes.
    addEventListener('pagehide', flush);
    // The new-version notice's Reload saves first, not only on pagehide.
    beforeReload(flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    // Two tabs on one exercise: the newer edit wins, and this tab says so.
    addEventListener('storage', (event) => {
      if (event.key === storageKey(`code:${view.id}`)) {
        void this.#editor.then(() => this.#session.adoptOtherTab());
      }
    });
    // After the editor: its "Loading the editor…" status would otherwise replace the notice.
    void this.#editor.then(() => this.#session.noticeChangedStarter());
  }

  /** Handle a toolbar action. */
  async perform(action: ExerciseAction): Promise<void> {
    switch (action) {
      case 'run':
        return this.run();
      case 'reset':
        return this.#session.reset();
      case 'hint':
        return this.#hints.next();
      case 'solution':
        return this.#solution.show();
      case 'share': {
        await this.#editor;
        return shareRun(this.#view, this.#session.code);
      }
      case 'own-code':
        await this.#editor;
        return this.#session.backToOwnCode();
      case 'keep-shared':
        await this.#editor;
        return this.#session.keepShared();
      case 'compare':
        return this.#solution.toggleComparison(async () => {
          await this.#editor;
          return {
            code: this.#session.code,
            monaco: this.#view.editorHost.dataset.mode === 'monaco',
          };
        });
    }
  }

  /** Compile and run the learner's code, then show the results. */
  async run(): Promise<void> {
    if (this.#session.running) return;
    await this.#editor;
    await this.#session.run();
  }

  /** Show a shared run's code in the editor without running it; the learner's code is kept. */
  async openShared(shared: SharedRun): Promise<void> {
    await this.#editor;
    this.#session.openShared(shared.code);
  }

  async #run(source: string): Promise<RunResult> {
    const result = await run({
      exerciseId: this.#view.id,
      source,
      timeLimitMs: this.#view.timeLimitMs,
    });
    // The compiler, the sandbox or the checks did not load: maybe they are gone after a deploy.
    if (result.error?.kind === 'internal') void reportLoadFailure(result.error.message);
    return result;
  }

  /** What the session may do to the page; the editor is mounted whenever it is called. */
  #sessionView(): ExerciseSessionView {
    const view = this.#view;
    const withEditor = (use: (editor: CodeEditor) => void) => {
      if (this.#mounted) use(this.#mounted);
      else void this.#editor.then(use);
    };
    return {
      showCode: (code) =>
        withEditor((editor) => {
          this.#silent = true;
          try {
            editor.setValue(code);
          } finally {
            this.#silent = false;
          }
        }),
      clearMarks: () => withEditor((editor) => editor.markError(undefined)),
      clearResults: () => view.clearResults(),
      setStatus: (text) => view.setStatus(text),
      setShared: (shared) => view.setShared(shared),
      showNewStarter: (starter) =>
        void view.showInSolutionBox('The new starter code, to compare with yours', starter),
      forgetSharedLink: () => {
        if (location.hash.includes('run=')) {
          history.replaceState(history.state, '', location.pathname + location.search);
        }
      },
      reveal: () => view.root.scrollIntoView({ block: 'start' }),
      focusEditor: () => withEditor((editor) => editor.focus()),
      setBusy: (busy) => view.setBusy(busy),
      showResult: (result, outcome, runs) =>
        withEditor((editor) => this.#show(result, editor, outcome, runs)),
    };
  }

  async #mountEditor(): Promise<CodeEditor> {
    const view = this.#view;
    const host = view.editorHost;
    const hadFocus = host.contains(document.activeElement);
    const options: EditorOptions = {
      value: this.#session.code,
      ariaLabel: `Code for exercise: ${view.title}`,
      modelPath: view.id,
      onChange: (value) => {
        if (!this.#silent) this.#session.edit(value);
      },
      onRun: () => void this.run(),
    };
    let editor: CodeEditor;
    if (matchMedia('(pointer: coarse)').matches) {
      host.dataset.mode = 'text';
      editor = createTextEditor(host, options);
    } else {
      view.setStatus('Loading the editor…');
      try {
        const { createMonacoEditor } = await importEditor();
        host.dataset.mode = 'monaco';
        host.replaceChildren();
        editor = await createMonacoEditor(host, options);
        view.setStatus('');
      } catch (error) {
        host.dataset.mode = 'text';
        editor = createTextEditor(host, options);
        view.setStatus('The full editor could not load; using a plain text editor.');
        void reportLoadFailure(error);
      }
    }
    if (hadFocus) editor.focus();
    window.__archlab ??= { exercises: {} };
    // The hook's setCode is an edit like typing: it is autosaved.
    window.__archlab.exercises[view.id] = {
      getCode: () => editor.getValue(),
      setCode: (c) => editor.setValue(c),
    };
    this.#mounted = editor;
    view.root.dataset.ready = '';
    return editor;
  }

  #show(result: RunResult, editor: CodeEditor, outcome: 'passed' | 'failed', runs: number): void {
    const charts = renderResults(this.#view.results, result, {
      goToLine: (position) => {
        editor.markError(position, result.error?.message);
        editor.focus();
      },
    });
    editor.markError(result.error?.position, result.error?.message);
    this.#view.setOutcome(outcome, runs);
    if (result.series.length > 0) {
      void import('../charts/index.ts')
        .then(({ renderCharts }) => renderCharts(charts, result.series))
        .catch((error: unknown) => {
          charts.textContent = 'Charts could not be drawn.';
          void reportLoadFailure(error);
        });
    }
  }
}
