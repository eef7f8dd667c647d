/** `<archlab-theme-toggle>`: the island around the header's light/dark button (rules in theme.ts). */
import { writeText } from './storage.ts';
import { effectiveTheme, toggledTheme } from './theme.ts';

/** Buttons already wired (an element moved in the page connects again). */
const wired = new WeakSet<Element>();

class ThemeToggleElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-theme-toggle]');
    if (!button || wired.has(button)) return;
    wired.add(button);
    const root = document.documentElement;
    const systemDark = matchMedia('(prefers-color-scheme: dark)');
    const current = () => effectiveTheme(root.dataset['theme'], systemDark.matches);
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const next = toggledTheme(current());
      root.dataset['theme'] = next;
      writeText('theme', next);
      sync();
    });
    systemDark.addEventListener('change', sync);
    sync();
  }
}

/** Register `<archlab-theme-toggle>` (idempotent). */
export function defineThemeToggle(): void {
  if (customElements.get('archlab-theme-toggle')) return;
  customElements.define('archlab-theme-toggle', ThemeToggleElement);
}
