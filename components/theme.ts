/**
 * The light/dark switch's rules, without the DOM (the island is ThemeToggleElement.ts): it
 * follows the system until the learner picks; the pick is remembered (storage name `theme`) and
 * set on `<html data-theme>` (the inline script in Layout.astro applies it before first paint).
 */

export type Theme = 'light' | 'dark';

/** The theme in effect: the learner's pick on `<html>`, else the system's. */
export function effectiveTheme(picked: string | undefined, systemDark: boolean): Theme {
  if (picked === 'light' || picked === 'dark') return picked;
  return systemDark ? 'dark' : 'light';
}

/** The theme a press of the switch picks. */
export function toggledTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
