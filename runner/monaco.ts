/**
 * Monaco, set up for exercises: TypeScript with the engine's own declarations (completion and
 * inline type errors for `archlab`), themes that follow the site, and markers for run errors.
 * This module is heavy (≈2.5 MB gzip with the TypeScript worker) and only ever imported lazily.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// Every editor contribution (completion, hover, find, code lens …) before the first editor exists.
// Otherwise they arrive later inside the lazily loaded TypeScript mode: the first editor lacks
// them and the next one fails with "depends on UNKNOWN service" errors.
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import {
  getTypeScriptWorker,
  typescriptDefaults,
  type Diagnostic,
  type TypeScriptWorker,
} from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
// The editor's CSS travels with the editor, not the page: Astro would otherwise hoist Monaco's
// per-module CSS into every chapter's <head> (see astro.config.mjs, which stubs those imports).
import editorCssUrl from '../node_modules/monaco-editor/min/vs/editor/editor.main.css?url';
import type { SourcePosition } from 'archlab';
import { EDITOR_COMPILER_OPTIONS } from './editorTypes.ts';
import { partDone, partFailed, partStarted } from './loading.ts';

declare global {
  interface Window {
    /** Test hook: the TypeScript errors the editor finds in an exercise's model, one line each. */
    __archlabTypeErrors?: (modelPath: string) => Promise<string[]>;
  }
}

self.MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

function loadEditorCss(): Promise<void> {
  if (document.querySelector('link[data-monaco-css]')) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = editorCssUrl;
    link.dataset.monacoCss = '';
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

// The engine's source is its own best declaration file: Monaco's TypeScript reads it as the
// package `archlab`, so learners get the same types the checks are compiled against.
const engineSources = import.meta.glob<string>(
  ['/engine/**/*.ts', '!/engine/cli.ts', '!/engine/**/*.test.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

let configured = false;
function configureTypeScript(): void {
  if (configured) return;
  configured = true;
  typescriptDefaults.setCompilerOptions(EDITOR_COMPILER_OPTIONS);
  typescriptDefaults.setEagerModelSync(true);
  const libs = Object.entries(engineSources).map(([path, content]) => ({
    filePath: `file:///node_modules/archlab/${path.replace(/^\/engine\//, '')}`,
    content,
  }));
  libs.push({
    filePath: 'file:///node_modules/archlab/package.json',
    content: JSON.stringify({ name: 'archlab', types: 'index.ts' }),
  });
  typescriptDefaults.setExtraLibs(libs);
}

function siteIsDark(): boolean {
  const theme = document.documentElement.dataset.theme;
  if (theme === 'dark') return true;
  if (theme === 'light') return false;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

const LIGHT_THEME = 'archlab-light';
const DARK_THEME = 'archlab-dark';
let themesReady = false;

/**
 * The editor's theme for the site's current one, defined and followed on first use. Monaco's
 * `vs-dark` draws comments in #608b4e on #1e1e1e (4.2:1, under WCAG AA's 4.5:1); ours uses #7ca668
 * (6.0:1). The comparison's change highlights and the light theme's greens are adjusted the same
 * way; tests/e2e/editor-contrast.spec.ts checks both themes with axe. Monaco themes are global, so one watcher serves every editor and comparison: the
 * site's toggle (data-theme) and, until the learner picks one, the system's colour scheme.
 */
function editorTheme(): string {
  if (!themesReady) {
    themesReady = true;
    monaco.editor.defineTheme(LIGHT_THEME, {
      base: 'vs',
      inherit: true,
      // Darker greens and teal: on the comparison's highlights Monaco's were 4.0–4.3:1.
      rules: [
        { token: 'comment', foreground: '007000' },
        { token: 'number', foreground: '07704a' },
        { token: 'type', foreground: '006b6b' },
        { token: 'annotation', foreground: '666666' },
      ],
      // Lighter change highlights: red strings on Monaco's removed-text pink were 4.1:1.
      colors: {
        'diffEditor.removedLineBackground': '#ff000010',
        'diffEditor.removedTextBackground': '#ff000020',
        'diffEditor.insertedLineBackground': '#9bb95518',
        'diffEditor.insertedTextBackground': '#9ccc2c30',
      },
    });
    monaco.editor.defineTheme(DARK_THEME, {
      base: 'vs-dark',
      inherit: true,
      rules: [{ token: 'comment', foreground: '7ca668' }],
      // Monaco's dark change highlights (#6f1313, #4b5a2a) leave most token colours under 4.5:1.
      // Lines get a faint tint and changed characters a border, as Monaco's high-contrast themes do.
      colors: {
        'diffEditor.removedLineBackground': '#ff00000d',
        'diffEditor.removedTextBackground': '#00000000',
        'diffEditor.removedTextBorder': '#ff6b6bb3',
        'diffEditor.insertedLineBackground': '#9bb9550d',
        'diffEditor.insertedTextBackground': '#00000000',
        'diffEditor.insertedTextBorder': '#9ccc2cb3',
      },
    });
    const follow = (): void => monaco.editor.setTheme(siteIsDark() ? DARK_THEME : LIGHT_THEME);
    new MutationObserver(follow).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', follow);
  }
  return siteIsDark() ? DARK_THEME : LIGHT_THEME;
}

/** What the exercise island needs from an editor (Monaco or the plain-text fallback). */
export interface CodeEditor {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  /** Mark an error at a line (or clear marks with undefined) and reveal it. */
  markError(position: SourcePosition | undefined, message?: string): void;
  dispose(): void;
}

/** Options for a new editor. */
export interface EditorOptions {
  value: string;
  /** Accessible name, e.g. "Code for exercise: Answer requests". */
  ariaLabel: string;
  /** Unique per exercise, so models (and type-checking) never collide between editors. */
  modelPath: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
}

const exerciseUri = (modelPath: string) => monaco.Uri.parse(`file:///exercises/${modelPath}.ts`);

let typeCheckerWatched = false;
/** Report the TypeScript worker (≈1.5 MB gzip, loaded once the first model exists) as it loads. */
function watchTypeChecker(uri: monaco.Uri): void {
  if (typeCheckerWatched) return;
  typeCheckerWatched = true;
  partStarted('types');
  // Resolves once the worker has loaded and answered: type errors and completion work from then.
  typeScriptClient(uri).then(
    () => partDone('types'),
    () => partFailed('types'),
  );
}

/**
 * The TypeScript worker serving `uri`. Monaco registers its TypeScript mode when the first
 * model's language activates, in a task of its own; asked before that, it rejects with
 * "TypeScript not registered!" (seen on a fast, cached load), so ask again shortly.
 */
async function typeScriptClient(uri: monaco.Uri): Promise<TypeScriptWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (
        await getTypeScriptWorker()
      )(uri);
    } catch (error) {
      if (attempt >= 200 || !String(error).includes('not registered')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function messageText(text: Diagnostic['messageText']): string {
  return typeof text === 'string' ? text : text.messageText;
}

/** The errors Monaco's TypeScript finds in an exercise's model, as `line N: message`. */
async function typeErrors(modelPath: string): Promise<string[]> {
  const uri = exerciseUri(modelPath);
  const model = monaco.editor.getModel(uri);
  if (!model) return [`no editor for ${modelPath}`];
  const client = await typeScriptClient(uri);
  const file = uri.toString();
  const found = [
    ...(await client.getSyntacticDiagnostics(file)),
    ...(await client.getSemanticDiagnostics(file)),
  ];
  return found
    .filter((d) => d.category === 1)
    .map((d) => {
      const line = d.start === undefined ? '?' : model.getPositionAt(d.start).lineNumber;
      return `line ${line}: ${messageText(d.messageText)}`;
    });
}

/** Mount Monaco into `host`. */
export async function createMonacoEditor(
  host: HTMLElement,
  options: EditorOptions,
): Promise<CodeEditor> {
  configureTypeScript();
  await loadEditorCss();
  const uri = exerciseUri(options.modelPath);
  const model =
    monaco.editor.getModel(uri) ?? monaco.editor.createModel(options.value, 'typescript', uri);
  model.setValue(options.value);
  const editor = monaco.editor.create(host, {
    model,
    ariaLabel: options.ariaLabel,
    theme: editorTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 2,
    lineNumbersMinChars: 3,
    fixedOverflowWidgets: true,
    // Tab moves focus on and off the editor, so keyboard users are never trapped in it; Enter
    // auto-indents, Ctrl+] and Ctrl+[ indent and outdent, and Ctrl+M switches Tab to indenting.
    tabFocusMode: true,
    accessibilitySupport: 'auto',
    padding: { top: 8, bottom: 8 },
  });
  // An action, not addCommand: Monaco registers addCommand's keybinding in one service shared by
  // every editor, so the last editor created would win Ctrl+Enter on a page with two exercises
  // (monaco-editor issue 2947). An action's keybinding is scoped to its own editor.
  editor.addAction({
    id: `archlab.run.${options.modelPath}`,
    label: 'Run the checks',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => options.onRun(),
  });
  const sub = model.onDidChangeContent(() => options.onChange(model.getValue()));
  watchTypeChecker(uri);
  partDone('editor');
  window.__archlabTypeErrors ??= typeErrors;
  return {
    getValue: () => model.getValue(),
    setValue: (value) => {
      if (model.getValue() !== value) model.setValue(value);
    },
    focus: () => editor.focus(),
    markError(position, message) {
      if (!position) {
        monaco.editor.setModelMarkers(model, 'archlab-run', []);
        return;
      }
      const line = Math.min(Math.max(1, position.line), model.getLineCount());
      monaco.editor.setModelMarkers(model, 'archlab-run', [
        {
          severity: monaco.MarkerSeverity.Error,
          message: message ?? 'Error',
          startLineNumber: line,
          startColumn: position.column,
          endLineNumber: line,
          endColumn: model.getLineMaxColumn(line),
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
    dispose() {
      sub.dispose();
      editor.dispose();
    },
  };
}

/** Texts and labels for a read-only comparison. */
export interface DiffOptions {
  original: string;
  modified: string;
  /** Accessible names of the two sides, e.g. "Your code" and "Reference solution". */
  originalLabel: string;
  modifiedLabel: string;
}

/** Comparisons mounted so far: each one's models get URIs of their own. */
let diffMounts = 0;

/** Mount Monaco's read-only diff editor into `host`: side by side, inline where it is narrow. */
export async function createDiffView(
  host: HTMLElement,
  options: DiffOptions,
): Promise<{ dispose(): void }> {
  configureTypeScript();
  await loadEditorCss();
  // Fresh models of their own, so the exercise's model (and its autosave) is never touched. Each
  // gets a `.ts` file URI: an unnamed model is `inmemory://model/N`, a name without an extension
  // that the TypeScript worker cannot open ("Could not find source file"), twice per comparison.
  const mount = ++diffMounts;
  const uri = (side: string) => monaco.Uri.parse(`file:///compare/${mount}/${side}.ts`);
  const original = monaco.editor.createModel(options.original, 'typescript', uri('original'));
  const modified = monaco.editor.createModel(options.modified, 'typescript', uri('modified'));
  const diff = monaco.editor.createDiffEditor(host, {
    readOnly: true,
    originalEditable: false,
    renderSideBySide: true,
    // Below this width the two sides would be unreadable: show one column with changes inline.
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: 560,
    originalAriaLabel: options.originalLabel,
    modifiedAriaLabel: options.modifiedLabel,
    theme: editorTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    lineNumbersMinChars: 3,
    tabFocusMode: true,
    accessibilitySupport: 'auto',
    renderOverviewRuler: false,
  });
  diff.setModel({ original, modified });
  // The diff options' aria labels do not reach the edit contexts in 0.57: name each side too.
  diff.getOriginalEditor().updateOptions({ ariaLabel: options.originalLabel });
  diff.getModifiedEditor().updateOptions({ ariaLabel: options.modifiedLabel });
  return {
    dispose() {
      diff.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
