/**
 * The loading state an exercise shows while its tools download on first use (editor, type
 * checker, compiler: about 6 MB gzip): what is loading and how far along, per part, instead of a
 * silent wait. Each part is a `<progress>` with its name and a text ("3.1 of 14.0 MB"), or an
 * indeterminate bar with the bytes so far when the host announces no size. A polite live region
 * says when a part starts, is ready or fails, never every byte. Progress comes from
 * runner/loading.ts; the functions above the view are DOM-free and unit-tested.
 */
import './loadProgress.css';
import {
  onToolProgress,
  TOOL_PARTS,
  type PartProgress,
  type ToolPart,
} from '../../runner/loading.ts';

/** What each part is called on screen. */
export const PART_LABELS: Record<ToolPart, { name: string; short: string }> = {
  editor: { name: 'Code editor (Monaco)', short: 'the code editor' },
  types: { name: 'Type checker (TypeScript)', short: 'the type checker' },
  compiler: { name: 'Compiler (esbuild)', short: 'the compiler' },
};

/** Bytes as megabytes (10^6, as download sizes are given) with one decimal. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** How one part is drawn: its text, and the bar's value and max (none: indeterminate). */
export interface PartView {
  label: string;
  text: string;
  value?: number;
  max?: number;
}

/** Describe a part's progress for the bar and its text. */
export function describePart(progress: PartProgress): PartView {
  const label = PART_LABELS[progress.part].name;
  const { loadedBytes, totalBytes } = progress;
  switch (progress.state) {
    case 'done':
      return {
        label,
        text: loadedBytes > 0 ? `ready (${megabytes(loadedBytes)})` : 'ready',
        value: 1,
        max: 1,
      };
    case 'failed':
      return { label, text: 'could not be downloaded', value: 0, max: 1 };
    case 'loading':
      if (totalBytes !== undefined && totalBytes > 0) {
        const share = Math.min(100, Math.floor((100 * loadedBytes) / totalBytes));
        return {
          label,
          text: `${megabytes(loadedBytes)} of ${megabytes(totalBytes)} (${share} %)`,
          value: loadedBytes,
          max: totalBytes,
        };
      }
      return { label, text: loadedBytes > 0 ? `${megabytes(loadedBytes)} so far` : 'downloading…' };
  }
}

/**
 * What to announce when a part changes, or undefined: the start, readiness and failure of each
 * part, not byte counts (a screen reader would read nothing else).
 */
export function milestone(
  before: PartProgress | undefined,
  after: PartProgress,
): string | undefined {
  if (before?.state === after.state) return undefined;
  const { short } = PART_LABELS[after.part];
  switch (after.state) {
    case 'loading':
      return `Downloading ${short}.`;
    case 'done':
      return `${short[0]!.toUpperCase()}${short.slice(1)} is ready.`;
    case 'failed':
      return `${short[0]!.toUpperCase()}${short.slice(1)} could not be downloaded.`;
  }
}

/** True when at least one part started and every started part is ready. */
export function allReady(parts: Iterable<PartProgress>): boolean {
  let any = false;
  for (const part of parts) {
    if (part.state !== 'done') return false;
    any = true;
  }
  return any;
}

// The view: one panel per page, shown in the exercise the learner last turned to.

interface Panel {
  wrapper: HTMLElement;
  box: HTMLElement;
  announcer: HTMLElement;
  rows: Map<ToolPart, { row: HTMLElement; bar: HTMLProgressElement; text: HTMLElement }>;
  parts: Map<ToolPart, PartProgress>;
  frame: number | undefined;
}

let panel: Panel | undefined;

function createPanel(): Panel {
  const wrapper = document.createElement('div');
  wrapper.className = 'exercise-loading';
  wrapper.dataset.loadProgress = '';
  const box = document.createElement('div');
  box.className = 'exercise-loading-box';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 'archlab-loading-title');
  box.hidden = true;
  const title = document.createElement('p');
  title.id = 'archlab-loading-title';
  title.className = 'exercise-loading-title';
  title.textContent =
    'Downloading the tools for exercises (first use only; next time they come from this browser’s cache)';
  const list = document.createElement('ul');
  list.className = 'exercise-loading-parts';
  const rows: Panel['rows'] = new Map();
  for (const part of TOOL_PARTS) {
    const row = document.createElement('li');
    row.dataset.part = part;
    row.hidden = true;
    const label = document.createElement('span');
    label.id = `archlab-loading-${part}`;
    label.className = 'exercise-loading-label';
    label.textContent = PART_LABELS[part].name;
    const bar = document.createElement('progress');
    bar.setAttribute('aria-labelledby', label.id);
    const text = document.createElement('span');
    text.id = `archlab-loading-${part}-text`;
    text.className = 'exercise-loading-text';
    bar.setAttribute('aria-describedby', text.id);
    row.append(label, bar, text);
    list.append(row);
    rows.set(part, { row, bar, text });
  }
  box.append(title, list);
  const announcer = document.createElement('p');
  announcer.className = 'sr-only';
  announcer.setAttribute('aria-live', 'polite');
  wrapper.append(box, announcer);
  return { wrapper, box, announcer, rows, parts: new Map(), frame: undefined };
}

function render(p: Panel): void {
  p.frame = undefined;
  for (const [part, { row, bar, text }] of p.rows) {
    const progress = p.parts.get(part);
    row.hidden = progress === undefined;
    if (!progress) continue;
    const view = describePart(progress);
    row.dataset.state = progress.state;
    if (view.max === undefined) {
      // No value attribute at all: an indeterminate bar.
      bar.removeAttribute('value');
      bar.removeAttribute('max');
    } else {
      bar.max = view.max;
      bar.value = view.value ?? 0;
    }
    bar.setAttribute('aria-valuetext', view.text);
    text.textContent = view.text;
  }
  // Once everything is ready the bars go; the announcer stays to say so.
  p.box.hidden = p.parts.size === 0 || allReady(p.parts.values());
}

function update(p: Panel, progress: PartProgress): void {
  const said = milestone(p.parts.get(progress.part), progress);
  p.parts.set(progress.part, progress);
  if (said) {
    p.announcer.textContent = allReady(p.parts.values())
      ? 'The code editor and the compiler are ready.'
      : said;
  }
  // Bytes arrive in many small chunks: draw at most once a frame.
  p.frame ??= requestAnimationFrame(() => render(p));
}

/**
 * Show the tools' download progress in an exercise island, below its toolbar. Idempotent per
 * page: the one panel moves to the island that called last. Shows nothing once all is loaded.
 */
export function showLoadProgress(root: HTMLElement): void {
  if (!panel) {
    const created = createPanel();
    panel = created;
    onToolProgress((progress) => update(created, progress));
    render(created);
  }
  const anchor = root.querySelector('[data-toolbar]');
  if (anchor) anchor.after(panel.wrapper);
  else root.append(panel.wrapper);
}
