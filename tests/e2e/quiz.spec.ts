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

/**
 * Answer every question of the chapter's first quiz: question 1 wrongly on purpose, the rest
 * rightly; check the verdicts, that every choice's explanation shows, and the recorded score.
 * By keyboard alone (Tab, Space, arrows, Enter) or, for the other chapters, by pointer, which
 * checks each chapter's quiz content and scoring without repeating the keyboard walk.
 */
async function answerQuiz(page: Page, path: string, by: 'keyboard' | 'pointer'): Promise<void> {
  await page.goto(path);
  const quiz = page.getByRole('region', { name: 'Check your understanding' }).first();
  const id = (await quiz.getAttribute('data-quiz')) ?? '';
  const questions = quiz.getByRole('group', { name: /^Question \d+ of/ });
  const total = await questions.count();
  expect(total).toBeGreaterThan(0);

  if (by === 'keyboard') {
    // Start keyboard navigation at the quiz's heading (as after reading up to it); Tab from there.
    await quiz
      .getByRole('heading', { name: 'Check your understanding' })
      .evaluate((h: HTMLElement) => {
        h.tabIndex = -1;
        h.focus();
      });
  }

  for (let i = 0; i < total; i++) {
    const q = questions.nth(i);
    const radios = q.getByRole('radio');
    const correctIndex = await q
      .locator('[data-choice]')
      .evaluateAll((cs) => cs.findIndex((c) => c.getAttribute('data-correct') === 'true'));
    expect(correctIndex, `question ${i + 1} has a right answer`).toBeGreaterThanOrEqual(0);
    // Question 1 is answered wrongly on purpose, the rest rightly.
    const wrongIndex = correctIndex === 0 ? 1 : 0;
    const pick = i === 0 ? wrongIndex : correctIndex;
    const check = q.getByRole('button', { name: 'Check answer' });

    if (by === 'keyboard') {
      await tabTo(page, radios.first());
      await page.keyboard.press('Space');
      for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(pick)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(check).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      await radios.nth(pick).check();
      await check.click();
    }

    await expect(q.getByRole('status')).toHaveText(i === 0 ? /^Not quite/ : /^Correct/);
    // Every choice's explanation is shown, saying why it is right or wrong.
    const shown = await q
      .locator('details li')
      .evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).length);
    expect(shown, `explanations shown for question ${i + 1}`).toBe(await radios.count());
  }

  const score = quiz.getByRole('status').filter({ hasText: 'Your score' });
  await expect(score).toHaveText(new RegExp(`Your score: ${total - 1} of ${total}`));
  const stored = await page.evaluate(
    () => JSON.parse(localStorage.getItem('archlab:v1:progress') ?? '{}') as unknown,
  );
  expect(stored).toMatchObject({ quizzes: { [id]: { correct: total - 1, total } } });
}

const [keyboardPath, ...pointerPaths] = pages;
if (keyboardPath) {
  test(`quiz on ${keyboardPath} works by keyboard alone and records the score`, async ({
    page,
  }) => {
    await answerQuiz(page, keyboardPath, 'keyboard');
  });
}
for (const path of pointerPaths) {
  test(`quiz on ${path} marks answers, explains every choice and records the score`, async ({
    page,
  }) => {
    await answerQuiz(page, path, 'pointer');
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
