import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizPages } from './support/site.ts';

const pages = quizPages();

/** Press Tab until `target` has focus (the learner's way through the page); fail after `max`. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('at least one chapter has a quiz', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`quiz on ${path} works by keyboard alone and records the score`, async ({ page }) => {
    await page.goto(path);
    const quiz = page.getByRole('region', { name: 'Check your understanding' }).first();
    const id = (await quiz.getAttribute('data-quiz')) ?? '';
    const questions = quiz.getByRole('group', { name: /^Question \d+ of/ });
    const total = await questions.count();
    expect(total).toBeGreaterThan(0);

    // Start keyboard navigation at the quiz's heading (as after reading up to it); Tab from there.
    await quiz
      .getByRole('heading', { name: 'Check your understanding' })
      .evaluate((h: HTMLElement) => {
        h.tabIndex = -1;
        h.focus();
      });

    for (let i = 0; i < total; i++) {
      const q = questions.nth(i);
      const radios = q.getByRole('radio');
      const correctIndex = await q
        .locator('[data-choice]')
        .evaluateAll((cs) => cs.findIndex((c) => c.getAttribute('data-correct') === 'true'));
      // Question 1 is answered wrongly on purpose, the rest rightly.
      const wrongIndex = correctIndex === 0 ? 1 : 0;
      const pick = i === 0 ? wrongIndex : correctIndex;

      await tabTo(page, radios.first());
      await page.keyboard.press('Space');
      for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(pick)).toBeChecked();

      await page.keyboard.press('Tab');
      await expect(q.getByRole('button', { name: 'Check answer' })).toBeFocused();
      await page.keyboard.press('Enter');

      const verdict = q.getByRole('status');
      await expect(verdict).toHaveText(i === 0 ? /^Not quite/ : /^Correct/);
      // Every choice's explanation is shown, saying why it is right or wrong.
      const explanations = q.locator('details li');
      await expect(explanations).toHaveCount(await radios.count());
      for (const li of await explanations.all()) await expect(li).toBeVisible();
    }

    const score = quiz.getByRole('status').filter({ hasText: 'Your score' });
    await expect(score).toHaveText(new RegExp(`Your score: ${total - 1} of ${total}`));
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('archlab:v1:progress') ?? '{}') as unknown,
    );
    expect(stored).toMatchObject({ quizzes: { [id]: { correct: total - 1, total } } });
  });
}

test('without JavaScript the quiz reads as questions with explanations', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages[0] ?? '');
  const quiz = page.getByRole('region', { name: 'Check your understanding' }).first();
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  const summary = quiz.getByText('Explanations for every choice').first();
  await summary.click();
  await expect(quiz.locator('details[open] li').first()).toBeVisible();
  await context.close();
});
