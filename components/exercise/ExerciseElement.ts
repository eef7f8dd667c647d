/**
 * `<archlab-exercise>`: the small part of an exercise that ships with the page. It shows the
 * learner's saved code, and on the first sign of intent (pointer over it, focus inside it, a
 * click) loads the controller, which brings Monaco, the compiler and the sandbox.
 */
import { loadCode } from './codeStore.ts';
import { reportLoadFailure, watchForNewVersion } from '../newVersion.ts';
import { ACTION_ATTRIBUTE, isExerciseAction, partSelector } from './parts.ts';

type Controller = import('./controller.ts').ExerciseController;

class ExerciseElement extends HTMLElement {
  #controller: Promise<Controller> | undefined;

  connectedCallback(): void {
    const id = this.dataset.id ?? '';
    const saved = loadCode(id);
    const code = this.querySelector<HTMLElement>(`${partSelector('code')} code`);
    if (saved && code) code.textContent = saved.code;
    this.querySelector<HTMLElement>(partSelector('toolbar'))?.removeAttribute('hidden');
    const activate = () => void this.controller().catch(() => undefined);
    this.addEventListener('pointerenter', activate, { once: true });
    this.addEventListener('focusin', activate, { once: true });
    this.addEventListener('click', (event) => {
      const action =
        (event.target as Element | null)
          ?.closest(`[${ACTION_ATTRIBUTE}]`)
          ?.getAttribute(ACTION_ATTRIBUTE) ?? undefined;
      if (isExerciseAction(action)) {
        void this.controller()
          .then((c) => c.perform(action))
          .catch(() => undefined);
      }
    });
  }

  /** The controller, loaded once. */
  controller(): Promise<Controller> {
    this.#controller ??= import('./controller.ts').then(
      (m) => new m.ExerciseController(this),
      (error: unknown) => {
        // Gone after a deploy, or offline: the next intent tries again.
        this.#controller = undefined;
        void reportLoadFailure(error);
        throw error;
      },
    );
    return this.#controller;
  }
}

/** A shared run in the fragment (`#run=…`): load the decoder only then, so other visits pay nothing. */
function openSharedRunFromHash(): void {
  if (!/^#(?:.*&)?run=/.test(location.hash)) return;
  void import('./openSharedRun.ts').then((m) => m.openSharedRun(location.hash));
}

/** Register the element (idempotent: every exercise on a page shares one definition). */
export function defineExerciseElement(): void {
  if (customElements.get('archlab-exercise')) return;
  customElements.define('archlab-exercise', ExerciseElement);
  watchForNewVersion();
  openSharedRunFromHash();
  addEventListener('hashchange', openSharedRunFromHash);
}
