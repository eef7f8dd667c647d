/**
 * Hints, one at a time: the list starts hidden and opens as hints are asked for; after the last
 * one (or at once, for an exercise without hints) the "Show solution" button appears.
 */
import type { ExerciseView } from '../view.ts';

/** Which hint comes next, and the button's label: pure, so it is unit-tested. */
export class HintSequence {
  readonly total: number;
  #shown = 0;

  constructor(total: number) {
    this.total = total;
  }

  get shown(): number {
    return this.#shown;
  }

  /** True once every hint is shown (the solution may be offered). */
  get done(): boolean {
    return this.#shown >= this.total;
  }

  /** The hint button's text while hints remain. */
  label(): string {
    return `Show hint ${this.#shown + 1} of ${this.total}`;
  }

  /** Index of the hint to show now, or undefined when none is left. */
  next(): number | undefined {
    if (this.done) return undefined;
    return this.#shown++;
  }
}

/** Wire the hints of an exercise; returns the action of the hint button. */
export function setUpHints(view: ExerciseView): { next(): void } {
  const sequence = new HintSequence(view.hintItems.length);
  const button = view.button('hint');
  const offerSolution = () => {
    if (button) button.hidden = true;
    const solution = view.button('solution');
    if (solution) solution.hidden = false;
  };
  const update = () => {
    if (sequence.done) offerSolution();
    else if (button) button.textContent = sequence.label();
  };
  if (!view.hints || sequence.total === 0) {
    offerSolution();
    return { next: () => undefined };
  }
  // One hint at a time: the list starts hidden and opens as hints are asked for.
  view.hints.open = true;
  view.hints.hidden = true;
  for (const item of view.hintItems) item.hidden = true;
  update();
  return {
    next() {
      const index = sequence.next();
      const item = index === undefined ? undefined : view.hintItems[index];
      if (!item || !view.hints) return;
      view.hints.hidden = false;
      item.hidden = false;
      view.setStatus(`Hint ${sequence.shown}: ${item.textContent ?? ''}`);
      update();
    },
  };
}
