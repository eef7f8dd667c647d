/** `<archlab-menu-button>`: the island around the chapters menu button (rules in menu.ts). */
import { menuTransition, type MenuEvent } from './menu.ts';

/** Buttons already wired (an element moved in the page connects again). */
const wired = new WeakSet<Element>();

class MenuButtonElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-menu-button]');
    const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!button || !panel || wired.has(button)) return;
    wired.add(button);
    const isOpen = () => button.getAttribute('aria-expanded') === 'true';
    const apply = (event: MenuEvent) => {
      const next = menuTransition(isOpen(), event);
      if (!next) return;
      button.setAttribute('aria-expanded', String(next.open));
      panel.dataset['open'] = String(next.open);
      // The current chapter first; a selector list would pick whichever link comes first in the page.
      const current = panel.querySelector<HTMLElement>('a[aria-current="page"]');
      if (next.open) (current ?? panel.querySelector<HTMLElement>('a'))?.focus();
      else if (next.focusBack) button.focus();
    };
    button.addEventListener('click', () => apply({ kind: 'press' }));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') apply({ kind: 'escape' });
    });
    document.addEventListener('click', (e) => {
      const t = e.target as Node;
      if (!panel.contains(t) && !button.contains(t)) apply({ kind: 'click-outside' });
    });
    // Growing the window past the breakpoint shows the sidebar anyway: reset the drawer state.
    matchMedia('(min-width: 52.01rem)').addEventListener('change', () => apply({ kind: 'wide' }));
  }
}

/** Register `<archlab-menu-button>` (idempotent). */
export function defineMenuButton(): void {
  if (customElements.get('archlab-menu-button')) return;
  customElements.define('archlab-menu-button', MenuButtonElement);
}
