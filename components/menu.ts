/**
 * The chapters menu on small screens: a disclosure button that shows and hides the sidebar
 * (Enter/Space toggle, Escape and a click outside close, focus goes to the current chapter). What
 * each event does to the open state is decided here without the DOM, so it is unit-tested in
 * Node; the island is MenuButtonElement.ts.
 */

/** What happened, as far as the menu cares. */
export type MenuEvent =
  | { kind: 'press' }
  | { kind: 'escape' }
  | { kind: 'click-outside' }
  /** The window grew past the breakpoint: the sidebar shows anyway. */
  | { kind: 'wide' };

/** The next state after an event, and whether focus returns to the button; undefined: no change. */
export function menuTransition(
  open: boolean,
  event: MenuEvent,
): { open: boolean; focusBack: boolean } | undefined {
  switch (event.kind) {
    case 'press':
      return { open: !open, focusBack: false };
    case 'escape':
      return open ? { open: false, focusBack: true } : undefined;
    case 'click-outside':
      return open ? { open: false, focusBack: false } : undefined;
    case 'wide':
      return { open: false, focusBack: false };
  }
}
