/**
 * Draw a RunResult into the results panel. Everything the learner's code produced (console,
 * messages, thrown text) goes in through textContent only: it is shown, never parsed as HTML.
 */
import type { RunResult, SourcePosition } from 'archlab';
import { MAX_CONSOLE_LINES, MAX_LINE_CHARS } from '../../runner/console.ts';
import { showRunHistory } from './runHistory.ts';
import { el } from '../dom.ts';

/** Callbacks the panel offers. */
export interface ResultActions {
  goToLine(position: SourcePosition): void;
}

/** Replace the panel's content with this result; returns the element charts should go into. */
export function renderResults(
  panel: HTMLElement,
  result: RunResult,
  actions: ResultActions,
): HTMLElement {
  panel.replaceChildren();
  panel.hidden = false;
  const passed = result.checks.filter((c) => c.passed).length;
  const total = result.checks.length;
  const allPassed = total > 0 && passed === total && !result.error;

  const summary = el('p', undefined, `results-summary ${allPassed ? 'is-pass' : 'is-fail'}`);
  summary.textContent = allPassed
    ? `All ${total} checks passed.`
    : total > 0
      ? `${passed} of ${total} checks passed.`
      : 'The checks did not run.';
  const time = el('span', ` ${result.durationMs} ms`, 'results-time');
  summary.append(time);
  panel.append(summary);

  if (result.error) {
    const box = el('div', undefined, `results-error kind-${result.error.kind}`);
    box.setAttribute('role', 'alert');
    box.append(el('p', result.error.message, 'results-error-message'));
    const position = result.error.position;
    if (position) {
      const go = el('button', `Go to line ${position.line}`, 'button subtle');
      go.type = 'button';
      go.addEventListener('click', () => actions.goToLine(position));
      box.append(go);
    }
    panel.append(box);
  }

  if (total > 0) {
    const list = el('ul', undefined, 'results-checks');
    for (const check of result.checks) {
      const item = el('li', undefined, check.passed ? 'is-pass' : 'is-fail');
      const mark = el('span', check.passed ? '✓' : '✗', 'results-mark');
      mark.setAttribute('aria-hidden', 'true');
      const state = el('span', check.passed ? 'Passed: ' : 'Failed: ', 'sr-only');
      const name = el('strong', check.name);
      const message = el('span', check.message, 'results-message');
      item.append(mark, state, name, message);
      list.append(item);
    }
    panel.append(list);
  }

  if (result.console.length > 0 || result.consoleHidden > 0) {
    const details = el('details', undefined, 'results-console');
    details.open = true;
    details.append(
      el('summary', `Console output (${result.console.length + result.consoleHidden} lines)`),
    );
    const pre = el('pre');
    pre.tabIndex = 0;
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-label', 'Console output');
    for (const line of result.console) {
      pre.append(el('span', line.text, `console-line level-${line.level}`), '\n');
    }
    details.append(pre);
    if (result.consoleHidden > 0) {
      details.append(
        el(
          'p',
          `Output truncated: only the first ${MAX_CONSOLE_LINES} lines are kept (each cut at ${MAX_LINE_CHARS.toLocaleString('en')} characters); ${result.consoleHidden.toLocaleString('en')} more lines were not shown.`,
          'results-hidden',
        ),
      );
    }
    panel.append(details);
  }

  const charts = el('div', undefined, 'results-charts');
  panel.append(charts);
  showRunHistory(panel, result);
  return charts;
}
