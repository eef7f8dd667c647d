/** Helpers to drive an exercise island in a real browser. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The exercise island for an id like `servers/route-requests`. */
export function exerciseLocator(page: Page, id: string): Locator {
  return page.locator(`archlab-exercise[data-id="${id}"]`);
}

/**
 * Open the chapter holding the exercise and wait until its editor is mounted.
 * `navigate: false` mounts another exercise on the page already open.
 */
export async function openExercise(
  page: Page,
  id: string,
  { navigate = true }: { navigate?: boolean } = {},
): Promise<Locator> {
  const chapter = id.split('/')[0]!;
  if (navigate) await page.goto(`learn/${chapter}/`);
  const exercise = exerciseLocator(page, id);
  await exercise.scrollIntoViewIfNeeded();
  await exercise.hover();
  await expect(exercise).toHaveAttribute('data-ready', '');
  return exercise;
}

/** Replace the exercise's code through the page's test hook (robust for bulk checks). */
export async function setCode(page: Page, id: string, code: string): Promise<void> {
  await page.evaluate(
    ([exerciseId, source]) => {
      const hook = window.__archlab?.exercises[exerciseId!];
      if (!hook) throw new Error(`no editor hook for ${exerciseId}`);
      hook.setCode(source!);
    },
    [id, code],
  );
}

/** Press Run and wait for this run's results; returns the results panel. */
export async function runAndWait(exercise: Locator, timeout = 30_000): Promise<Locator> {
  const before = Number((await exercise.getAttribute('data-runs')) ?? 0);
  await exercise.getByRole('button', { name: /^Run/ }).click();
  await expect(exercise).toHaveAttribute('data-runs', String(before + 1), { timeout });
  return exercise.locator('[data-results]');
}
