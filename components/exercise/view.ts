/**
 * The DOM of one exercise: its parts, found once from `EXERCISE_PARTS` (the constant
 * `Exercise.astro` writes them with), and the small writes the session and the feature modules
 * ask for. No state lives here beyond the elements.
 */
import { ACTION_ATTRIBUTE, partSelector, type ExerciseAction, type ExercisePart } from './parts.ts';

/** A part that every exercise has; its absence is a bug in the markup, said at once. */
function required<T extends HTMLElement>(root: HTMLElement, name: ExercisePart): T {
  const found = root.querySelector<T>(partSelector(name));
  if (!found) throw new Error(`Exercise ${root.dataset.id ?? ''}: no ${partSelector(name)} part.`);
  return found;
}

function optional<T extends HTMLElement>(root: HTMLElement, name: ExercisePart): T | undefined {
  return root.querySelector<T>(partSelector(name)) ?? undefined;
}

export class ExerciseView {
  readonly root: HTMLElement;
  readonly id: string;
  readonly title: string;
  readonly timeLimitMs: number;
  readonly starter: string;
  readonly editorHost: HTMLElement;
  readonly status: HTMLElement;
  readonly results: HTMLElement;
  readonly hints: HTMLDetailsElement | undefined;
  readonly hintItems: readonly HTMLElement[];
  readonly solution: HTMLElement | undefined;
  readonly solutionCode: HTMLElement | undefined;
  readonly diff: HTMLElement | undefined;
  readonly diffView: HTMLElement | undefined;
  readonly diffSummary: HTMLElement | undefined;
  readonly share: HTMLElement | undefined;
  readonly shareLink: HTMLInputElement | undefined;
  readonly sharedBanner: HTMLElement | undefined;
  readonly #buttons = new Map<ExerciseAction, HTMLButtonElement | undefined>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.id = root.dataset.id ?? '';
    this.title = root.dataset.title ?? this.id;
    this.timeLimitMs = Number(root.dataset.timeLimit ?? 3000);
    this.starter = optional<HTMLTemplateElement>(root, 'starter')?.content.textContent ?? '';
    this.editorHost = required(root, 'editor');
    this.status = required(root, 'status');
    this.results = required(root, 'results');
    this.hints = optional<HTMLDetailsElement>(root, 'hints');
    this.hintItems = this.hints ? [...this.hints.querySelectorAll<HTMLElement>('li')] : [];
    this.solution = optional(root, 'solution');
    this.solutionCode = optional(root, 'solutionCode');
    this.diff = optional(root, 'diff');
    this.diffView = optional(root, 'diffView');
    this.diffSummary = optional(root, 'diffSummary');
    this.share = optional(root, 'share');
    this.shareLink = optional<HTMLInputElement>(root, 'shareLink');
    this.sharedBanner = optional(root, 'sharedBanner');
  }

  /** The toolbar (or banner, or solution box) button of an action. */
  button(action: ExerciseAction): HTMLButtonElement | undefined {
    if (!this.#buttons.has(action)) {
      const found = this.root.querySelector<HTMLButtonElement>(`[${ACTION_ATTRIBUTE}="${action}"]`);
      this.#buttons.set(action, found ?? undefined);
    }
    return this.#buttons.get(action);
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** Hide and empty the results, and forget whether the last run passed. */
  clearResults(): void {
    this.results.hidden = true;
    this.results.replaceChildren();
    delete this.root.dataset.state;
  }

  setShared(shared: boolean): void {
    if (shared) this.root.dataset.shared = '';
    else delete this.root.dataset.shared;
    if (this.sharedBanner) this.sharedBanner.hidden = !shared;
  }

  /** Fill the solution box with `code` under the heading `kicker`, and show it. */
  showInSolutionBox(kicker: string, code: string): boolean {
    const heading = this.solution?.querySelector('.exercise-kicker');
    if (!this.solution || !this.solutionCode || !heading) return false;
    heading.textContent = kicker;
    this.solutionCode.textContent = code;
    this.solution.hidden = false;
    return true;
  }

  setBusy(busy: boolean): void {
    const run = this.button('run');
    if (busy) run?.setAttribute('aria-busy', 'true');
    else run?.removeAttribute('aria-busy');
  }

  /** The outcome of the latest run, as `data-state` and `data-runs` (tests and styles wait on them). */
  setOutcome(outcome: 'passed' | 'failed', runs: number): void {
    this.root.dataset.state = outcome;
    this.root.dataset.runs = String(runs);
  }
}
