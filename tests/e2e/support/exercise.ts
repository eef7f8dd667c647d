/** Helpers to drive an exercise island in a real browser. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Wait until `locator`'s attribute `name` equals `value`, watched in the page with a
 * MutationObserver: the wait ends as the page changes, without expect's polling steps (which add
 * up to half a second per run over a few hundred runs). `expect` then confirms it and reports.
 */
export async function attributeBecomes(
  locator: Locator,
  name: string,
  value: string,
  timeout = 30_000,
): Promise<void> {
  await locator
    .evaluate(
      (el, { name, value, timeout }) =>
        new Promise<void>((resolve) => {
          if (el.getAttribute(name) === value) return resolve();
          const observer = new MutationObserver(() => {
            if (el.getAttribute(name) !== value) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(el, { attributes: true, attributeFilter: [name] });
          // Give up quietly: the expect below reports what the attribute is instead.
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, timeout);
        }),
      { name, value, timeout },
    )
    .catch(() => undefined);
  await expect(locator).toHaveAttribute(name, value, { timeout: 5_000 });
}

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
  await attributeBecomes(exercise, 'data-ready', '');
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
  await attributeBecomes(exercise, 'data-runs', String(before + 1), timeout);
  return exercise.locator('[data-results]');
}
