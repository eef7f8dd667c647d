/**
 * The reference solution, once revealed, and the comparison of the learner's code with it
 * (Monaco's diff editor, or a line list with the plain-text editor).
 */
import { showComparison, type Comparison } from '../diffView.ts';
import type { ExerciseView } from '../view.ts';
import { loadSolution } from '../../../course/registry.ts';

export class SolutionFeature {
  readonly #view: ExerciseView;
  #solution: string | undefined;
  #comparison: Comparison | undefined;

  constructor(view: ExerciseView) {
    this.#view = view;
  }

  /** Load and show the reference solution; offer the comparison. */
  async show(): Promise<void> {
    if (!this.#view.solution || !this.#view.solutionCode) return;
    const solution = await loadSolution(this.#view.id);
    if (!solution.ok) return;
    this.#solution = solution.value;
    this.#view.showInSolutionBox('Reference solution', this.#solution);
    this.#view.button('solution')?.setAttribute('hidden', '');
    this.#view.button('compare')?.removeAttribute('hidden');
    this.#view.setStatus('The reference solution is shown below the editor.');
  }

  /**
   * Open or close the comparison of the learner's code (as it is when the editor is ready) with
   * the solution; `monaco` says whether the editor is Monaco (else a line list is drawn).
   */
  async toggleComparison(current: () => Promise<{ code: string; monaco: boolean }>): Promise<void> {
    const { diff: section, diffView: view, diffSummary: summary } = this.#view;
    const button = this.#view.button('compare');
    if (!section || !view || !summary || !button || this.#solution === undefined) return;
    this.#comparison?.dispose();
    this.#comparison = undefined;
    if (!section.hidden) {
      section.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = 'Compare with my code';
      return;
    }
    const { code, monaco } = await current();
    section.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide comparison';
    const shown = await showComparison(view, code, this.#solution, monaco);
    this.#comparison = shown.comparison;
    summary.textContent = shown.summary;
    this.#view.setStatus(`Comparison shown. ${shown.summary}`);
  }
}
