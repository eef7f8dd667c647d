/**
 * Open a shared run from the page's `#run=…` fragment: decode and validate it, then hand it to
 * its exercise, which shows the code without running it. Loaded only when the fragment has a run.
 */
import { decodeRun, runFromHash } from './shareLink.ts';

type Controller = import('./controller.ts').ExerciseController;

/** What this module needs from an `<archlab-exercise>`. */
interface ExerciseIsland extends HTMLElement {
  controller(): Promise<Controller>;
}

const ERROR_CLASS = 'share-link-error';

function clearLinkError(): void {
  document.querySelector(`.${ERROR_CLASS}`)?.remove();
}

/** A page-level alert: the link is refused and nothing on the page was changed. */
function showLinkError(reason: string): void {
  clearLinkError();
  const box = document.createElement('div');
  box.className = ERROR_CLASS;
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const text = document.createElement('p');
  text.textContent = `This shared link could not be opened: ${reason} Nothing on this page was changed.`;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'button subtle';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => box.remove());
  box.append(text, dismiss);
  const main = document.querySelector('main') ?? document.body;
  main.prepend(box);
  box.focus();
}

/** Read the run in `hash` (if any) and open it in its exercise on this page. */
export async function openSharedRun(hash: string): Promise<void> {
  const encoded = runFromHash(hash);
  if (encoded === undefined) return;
  const islands = [...document.querySelectorAll<ExerciseIsland>('archlab-exercise')];
  const known = new Set(islands.map((island) => island.dataset.id ?? ''));
  const result = await decodeRun(encoded, known);
  if (!result.ok) {
    showLinkError(result.message);
    return;
  }
  clearLinkError();
  const island = islands.find((el) => el.dataset.id === result.value.id);
  if (!island) return;
  const controller = await island.controller();
  await controller.openShared(result.value);
}
