/**
 * The named parts of an exercise's markup, one data attribute each. `Exercise.astro` writes them
 * with `part()` and the view (`view.ts`) finds them with `partSelector()`, so the two cannot
 * drift apart. Tests and styles use the same attributes (`[data-results]`, `[data-code]`…).
 */
export const EXERCISE_PARTS = {
  /** The editor's host: the starter as text at first, then Monaco or a textarea. */
  editor: 'data-editor',
  /** The code shown before the editor loads (the learner's saved code replaces the starter). */
  code: 'data-code',
  /** `<template>` holding the starter code as text. */
  starter: 'data-starter',
  toolbar: 'data-toolbar',
  status: 'data-status',
  results: 'data-results',
  /** `<details>` of hints, one `<li>` each. */
  hints: 'data-hints',
  /** The box that shows the reference solution (or a changed starter). */
  solution: 'data-solution',
  solutionCode: 'data-solution-code',
  diff: 'data-diff',
  diffView: 'data-diff-view',
  diffSummary: 'data-diff-summary',
  /** The panel with the link to a run. */
  share: 'data-share',
  shareLink: 'data-share-link',
  sharedBanner: 'data-shared-banner',
} as const;

export type ExercisePart = keyof typeof EXERCISE_PARTS;

/** The attribute to spread on a part's element in the markup: `<div {...part('status')}>`. */
export function part(name: ExercisePart): Record<string, ''> {
  // An empty value renders as a bare attribute (`data-status`), as when written by hand.
  return { [EXERCISE_PARTS[name]]: '' };
}

/** The CSS selector of a part. */
export function partSelector(name: ExercisePart): string {
  return `[${EXERCISE_PARTS[name]}]`;
}

/** The attribute a toolbar button carries to name its action. */
export const ACTION_ATTRIBUTE = 'data-action';

/** Every toolbar action, as written in the markup's `data-action`. */
export const EXERCISE_ACTIONS = [
  'run',
  'reset',
  'hint',
  'solution',
  'share',
  'own-code',
  'keep-shared',
  'compare',
] as const;
export type ExerciseAction = (typeof EXERCISE_ACTIONS)[number];

/** True for a `data-action` value the island handles. */
export function isExerciseAction(value: string | undefined): value is ExerciseAction {
  return (EXERCISE_ACTIONS as readonly (string | undefined)[]).includes(value);
}

/** The attribute to spread on an action's button: `<button {...action('run')}>`. */
export function action(name: ExerciseAction): Record<string, ExerciseAction> {
  return { [ACTION_ATTRIBUTE]: name };
}
