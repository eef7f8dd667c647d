/**
 * Reading without JavaScript: every page's prose, headings, quizzes and exercise starters are there
 * as plain HTML, and every interactive part says plainly that it needs JavaScript.
 */
import { expect, test, type Locator } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { builtPages, chapterPages } from './support/site.ts';

test.use({ javaScriptEnabled: false });

const starters = new Map(discoverExercises().map((e) => [e.id, e.starter]));
const needsJs = /needs JavaScript/;

/** Notes inside <noscript> (Playwright's text locators skip <noscript>, so match by CSS). */
const noscriptNotes = (scope: Locator) => scope.locator('noscript > p');

test('every page reads without JavaScript, and interactive parts say they need it', async ({
  page,
}) => {
  // One context walks every page (cheaper than a test per page); allow for a loaded machine.
  test.setTimeout(120_000);
  for (const path of builtPages()) {
    await page.goto(path);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }), `/${path}`).toBeVisible();
    const prose = await main
      .locator('p')
      .evaluateAll((ps) =>
        ps.map((p) => (p as HTMLElement).innerText.trim()).filter((t) => t.length > 40),
      );
    expect(prose.length, `/${path} has prose`).toBeGreaterThan(0);
    const notes = noscriptNotes(page.getByRole('banner'));
    await expect(notes).toHaveText(['Search needs JavaScript', 'Theme switch needs JavaScript']);
    for (const note of await notes.all()) await expect(note).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();

    if (!chapterPages().includes(path)) continue;
    expect(await main.getByRole('heading', { level: 2 }).count(), `/${path}`).toBeGreaterThan(0);

    for (const exercise of await main.locator('archlab-exercise').all()) {
      const id = (await exercise.getAttribute('data-id')) ?? '';
      await expect(exercise.getByRole('heading', { level: 3 }), id).toBeVisible();
      await expect(noscriptNotes(exercise), id).toHaveText(needsJs);
      await expect(noscriptNotes(exercise), id).toBeVisible();
      await expect(exercise.getByRole('button', { name: /^Run/ }), id).toBeHidden();
      const code = exercise.getByRole('region', { name: /^Code for exercise/ });
      await expect(code, id).toBeVisible();
      expect((await code.innerText()).trim(), id).toBe(starters.get(id)?.trim());
    }

    for (const sim of await main.locator('[data-simulation]').all()) {
      await expect(sim.getByText(needsJs)).toBeVisible();
    }

    // Quizzes hold many choices: gather what is rendered in one round trip, then assert.
    const quizzes = await main.locator('[data-quiz]').evaluateAll((els) =>
      els.map((quiz) => {
        const shown = (el: Element | null): boolean => el?.checkVisibility() ?? false;
        const note = quiz.querySelector('noscript > p');
        return {
          note: shown(note) ? (note?.textContent ?? '') : '',
          checkButtonsShown: [...quiz.querySelectorAll('[data-check]')].some(shown),
          questions: [...quiz.querySelectorAll('[data-question]')].map((q) => ({
            kind: q.getAttribute('data-kind'),
            text: shown(q.querySelector('legend .qtext')),
            choices: [...q.querySelectorAll('[data-choice]')].map(
              (c) => shown(c.querySelector('input[type=radio]')) && shown(c.querySelector('label')),
            ),
            explanations: shown(q.querySelector('details > summary')),
          })),
        };
      }),
    );
    for (const quiz of quizzes) {
      expect(quiz.note, `/${path} quiz note`).toMatch(needsJs);
      expect(quiz.checkButtonsShown, `/${path} no dead Check buttons`).toBe(false);
      expect(quiz.questions.length, `/${path}`).toBeGreaterThan(0);
      for (const q of quiz.questions) {
        expect(q, `/${path}`).toEqual({
          kind: q.kind,
          text: true,
          choices: q.choices.map(() => true),
          explanations: true,
        });
        // A number question is typed, not picked: its worked solution is in the explanations.
        if (q.kind === 'number') expect(q.choices.length, `/${path}`).toBe(0);
        else expect(q.choices.length, `/${path}`).toBeGreaterThan(1);
      }
    }
  }
});

test('on a phone the chapter list is on the page, not behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(chapterPages()[0] ?? '');
  await expect(page.getByRole('button', { name: 'Chapters' })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link').first()).toBeVisible();
});
