/** The plain-text editor: used on touch screens (Monaco is poor there) and if Monaco fails to load. */
import type { CodeEditor, EditorOptions } from '../../runner/monaco.ts';

/** Mount an accessible textarea with the same contract as the Monaco editor. */
export function createTextEditor(host: HTMLElement, options: EditorOptions): CodeEditor {
  const area = document.createElement('textarea');
  area.value = options.value;
  area.spellcheck = false;
  area.autocapitalize = 'off';
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('aria-label', options.ariaLabel);
  area.addEventListener('input', () => options.onChange(area.value));
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      options.onRun();
    }
  });
  host.replaceChildren(area);
  return {
    getValue: () => area.value,
    setValue(value) {
      if (area.value === value) return;
      area.value = value;
      options.onChange(value);
    },
    focus: () => area.focus(),
    markError(position) {
      if (!position) return;
      // Select the offending line so it is visible and announced on focus.
      const lines = area.value.split('\n');
      const start = lines.slice(0, position.line - 1).reduce((n, l) => n + l.length + 1, 0);
      area.setSelectionRange(start, start + (lines[position.line - 1]?.length ?? 0));
    },
    dispose: () => area.remove(),
  };
}
