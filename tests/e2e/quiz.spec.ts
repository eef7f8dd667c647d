import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtHtml, quizPages } from './support/site.ts';

const pages = quizPages();
/** A chapter whose quiz has all three kinds: the keyboard walk and the no-JS test use it. */
const richest =
  pages.find((p) =>
    ['number', 'predict', 'choice'].every((k) => builtHtml(p).includes(`data-kind="${k}"`)),
  ) ?? pages[0];

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
  await expect(quiz).toHaveAttribute('data-ready', 'true');
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
    const kind = (await q.getAttribute('data-kind')) ?? 'choice';
    const check = q.getByRole('button', { name: 'Check answer' });
    // Question 1 is answered wrongly on purpose, the rest rightly.
    const wrong = i === 0;

    if (kind === 'number') {
      const data = JSON.parse(
        (await q.locator('[data-number]').getAttribute('data-number')) ?? '{}',
      ) as { answer: number; tolerance: number; unit: string };
      const box = q.getByRole('textbox', { name: 'Your answer' });
      const typed = String(wrong ? data.answer + data.tolerance * 2 + 1 : data.answer);
      if (by === 'keyboard') {
        await tabTo(page, box);
        await page.keyboard.type(`${typed} ${data.unit}`);
        // Enter in the box checks the answer, like the button.
        await page.keyboard.press('Enter');
      } else {
        await box.fill(typed);
        await check.click();
      }
      await expect(q.getByRole('status')).toHaveText(wrong ? /^Not quite/ : /^Correct/);
      await expect(q.locator('details[open] .solution')).toBeVisible();
      continue;
    }

    const radios = q.getByRole('radio');
    const correctIndex = await q
      .locator('[data-choice]')
      .evaluateAll((cs) => cs.findIndex((c) => c.getAttribute('data-correct') === 'true'));
    expect(correctIndex, `question ${i + 1} has a right answer`).toBeGreaterThanOrEqual(0);
    const pick = wrong ? (correctIndex === 0 ? 1 : 0) : correctIndex;

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

    await expect(q.getByRole('status')).toHaveText(wrong ? /^Not quite/ : /^Correct/);
    // Every choice's explanation is shown, saying why it is right or wrong.
    const shown = await q
      .locator('details li')
      .evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).length);
    expect(shown, `explanations shown for question ${i + 1}`).toBe(await radios.count());
    if (kind === 'predict') {
      // After answering, the learner is invited to run the simulation, which is on the page.
      const invite = q.locator('[data-invite]');
      await expect(invite).toBeVisible();
      const href = (await invite.getByRole('link').getAttribute('href')) ?? '';
      await expect(page.locator(href)).toHaveCount(1);
    }
  }

  const score = quiz.getByRole('status').filter({ hasText: 'Your score' });
  await expect(score).toHaveText(new RegExp(`Your score: ${total - 1} of ${total}`));
  const stored = await page.evaluate(
    () => JSON.parse(localStorage.getItem('archlab:v1:progress') ?? '{}') as unknown,
  );
  expect(stored).toMatchObject({ quizzes: { [id]: { correct: total - 1, total } } });
}

const keyboardPath = richest;
const pointerPaths = pages.filter((p) => p !== richest);
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

test('without JavaScript the quiz reads as questions with explanations, in the same order', async ({
  browser,
  page,
}) => {
  const path = richest ?? '';
  const labels = (p: Page) =>
    p
      .getByRole('region', { name: 'Check your understanding' })
      .first()
      .locator('[data-choice] label')
      .allTextContents();
  await page.goto(path);
  await expect(page.locator('[data-quiz]').first()).toHaveAttribute('data-ready', 'true');
  const withJs = await labels(page);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await context.newPage();
  await nojs.goto(path);
  const quiz = nojs.getByRole('region', { name: 'Check your understanding' }).first();
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  // The same shuffled order with and without JavaScript: it is decided at build time.
  expect(await labels(nojs)).toEqual(withJs);
  const summary = quiz.getByText('Explanations for every choice').first();
  await summary.click();
  await expect(quiz.locator('details[open] li').first()).toBeVisible();
  // A number question's answer and worked solution are plain HTML too.
  const solution = quiz.getByText('Answer and worked solution').first();
  await solution.click();
  await expect(quiz.locator('details[open] .solution').first()).toBeVisible();
  await context.close();
});
