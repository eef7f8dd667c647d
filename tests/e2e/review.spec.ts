/**
 * The Review page end to end: finish a chapter's quiz, let Playwright's clock move two days on,
 * review every due question by keyboard (the first wrongly: its explanation and the link to the
 * chapter section show), axe clean in light and dark; the schedule survives export, a cleared
 * browser and import.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ReviewCatalogue, ReviewItem } from '../../components/review/catalogue.ts';

const CHAPTER = 'servers';
const DAY = 24 * 60 * 60 * 1000;
// Mid-morning UTC: "today" and "in two days" are the same calendar days in any nearby time zone.
const T0 = new Date('2026-12-01T10:00:00Z').getTime();

/** Press Tab until `target` has focus (the learner's way through the page); fail after `max`. */
async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Serious and critical axe violations (all rules, or only `rules`). */
async function axeProblems(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (
    rules
      ? builder.withRules(rules)
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
  ).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Axe in the light theme, then its colour rules in the dark one (same DOM, other colours). */
async function expectAxeClean(page: Page, when: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeProblems(page), `axe, light, ${when}`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(
    await axeProblems(page, ['color-contrast', 'link-in-text-block']),
    `axe, dark, ${when}`,
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Answer every question of the chapter's quiz by pointer (any answer: review follows from
 * finishing, not from the score) and wait until the score is stored.
 */
async function finishQuiz(page: Page, chapter: string): Promise<void> {
  await page.goto(`learn/${chapter}/`);
  const quiz = page.locator(`[data-quiz="${chapter}"]`);
  // The quiz's script marks it ready once its buttons are wired; a click before that does nothing.
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  const questions = quiz.locator('[data-question]');
  const total = await questions.count();
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < total; i++) {
    const q = questions.nth(i);
    const radios = q.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    else await q.getByRole('textbox').fill('0');
    await q.getByRole('button', { name: /^Check/ }).click();
  }
  await expect
    .poll(() =>
      page.evaluate(
        (c) =>
          (
            JSON.parse(localStorage.getItem('archlab:v1:progress') ?? '{}') as {
              quizzes?: Record<string, unknown>;
            }
          ).quizzes?.[c] !== undefined,
        chapter,
      ),
    )
    .toBe(true);
}

async function catalogue(page: Page): Promise<ReviewCatalogue> {
  const text = await page.locator('#review-catalogue').textContent();
  return JSON.parse(text ?? '{}') as ReviewCatalogue;
}

/**
 * The right answer of a question and a wrong one, as the learner would enter them, and the first
 * explanation the wrong one earns (its misconception, or a number's worked solution).
 */
function answers(item: ReviewItem): { right: string; wrong: string; why: string } {
  const q = item.q;
  if (q.kind === 'number') {
    const known = q.misconceptions?.[0];
    return {
      right: String(q.answer),
      wrong: String(known?.answer ?? q.answer + q.tolerance + 1000),
      why: known?.explanation ?? q.solution,
    };
  }
  const right = q.choices.find((c) => c.correct === true)?.text ?? '';
  const mistake = q.choices.find((c) => c.correct !== true);
  return { right, wrong: mistake?.text ?? '', why: mistake?.explanation ?? '' };
}

/** Answer the question on screen by keyboard alone: choose or type, Tab to the button, Enter. */
async function answerByKeyboard(page: Page, card: Locator, item: ReviewItem, text: string) {
  if (item.q.kind === 'number') {
    const input = card.getByRole('textbox', { name: 'Your answer' });
    await tabTo(page, input);
    await page.keyboard.type(text);
  } else {
    const radios = card.getByRole('radio');
    const labels = await card.locator('[data-review-choices] label').allTextContents();
    const index = labels.indexOf(text);
    expect(index, `"${text}" is shown`).toBeGreaterThanOrEqual(0);
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(index)).toBeChecked();
  }
  await tabTo(page, card.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
}

test('finished quiz → due two days later → reviewed by keyboard; export and import keep it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: T0 });

  await finishQuiz(page, CHAPTER);

  // The same day: the questions are scheduled, none due yet.
  await page.goto('review/');
  const data = await catalogue(page);
  const items = new Map(data.items.map((i) => [i.key, i]));
  const mine = data.items.filter((i) => i.chapter === CHAPTER);
  const n = mine.length;
  const plural = `${n} question${n === 1 ? '' : 's'}`;
  const summary = page.locator('[data-review-summary]');
  await expect(summary).toHaveText(
    new RegExp(`^No questions are due today\\. Next: ${plural} on .+\\.$`),
  );
  await expect(page.getByRole('region', { name: /^Question/ })).toBeHidden();

  // Two days on, every question of the chapter is due.
  await page.clock.setSystemTime(T0 + 2 * DAY);
  await page.reload();
  await expect(summary).toHaveText(`${plural} due today.`);
  const card = page.getByRole('region', { name: /^Question 1 of/ });
  await expect(card).toBeVisible();
  await expectAxeClean(page, 'a question');

  const seen: string[] = [];
  let sectionHref = '';
  for (let i = 0; i < n; i++) {
    const region = page.locator('[data-review-card]');
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(`Question ${i + 1} of ${n}`);
    const key = (await region.getAttribute('data-key')) ?? '';
    const item = items.get(key);
    if (!item) throw new Error(`no question ${key} in the catalogue`);
    seen.push(key);
    await expect(region.getByRole('group')).toContainText(item.q.question);
    if (item.q.kind === 'predict') await expect(region).toContainText(item.q.setup);
    const { right, wrong, why } = answers(item);
    // The first question is answered wrongly on purpose, the rest rightly.
    await answerByKeyboard(page, region, item, i === 0 ? wrong : right);

    const feedback = page.locator('[data-review-feedback]');
    await expect(feedback).toBeFocused();
    const link = feedback.getByRole('link');
    if (i === 0) {
      await expect(feedback.getByRole('status')).toContainText('Not quite: the answer is');
      await expect(feedback.getByRole('listitem').first()).toHaveText(why);
      const section = item.q.section.trim();
      const path = new URL(baseURL ?? '/').pathname;
      sectionHref = `${path}learn/${CHAPTER}/${section ? `#${section}` : ''}`;
      await expect(link).toHaveAttribute('href', sectionHref);
      await expectAxeClean(page, 'a wrong answer');
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
    } else {
      await expect(feedback.getByRole('status')).toContainText('Correct.');
      await expect(link).toBeHidden();
    }
    const next = feedback.getByRole('button', { name: i === n - 1 ? 'Finish' : 'Next question' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }
  expect(seen.sort()).toEqual(mine.map((i) => i.key).sort());
  await expect(page.locator('[data-review-done]')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'That is all for today' })).toBeVisible();
  await expect(summary).toHaveText(
    new RegExp(`^${plural} due today, 0 left\\. Next: \\d+ questions? on .+\\.$`),
  );
  await expectAxeClean(page, 'done');
  const nextOnes = /Next: .+$/.exec((await summary.textContent()) ?? '')?.[0] ?? '';

  // Export holds the schedule; a cleared browser gets it back from the file.
  await page.getByRole('banner').getByRole('link', { name: 'Progress' }).click();
  // The page's script fills in the totals once it is wired; a click before that downloads nothing.
  await expect(page.locator('[data-total]').first()).toHaveText(/\d+ of \d+/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const file = JSON.parse(text) as {
    data: { review?: { cards: Record<string, { reps: number; lapses: number }> } };
  };
  expect(Object.keys(file.data.review?.cards ?? {}).sort()).toEqual(mine.map((i) => i.key).sort());
  for (const c of Object.values(file.data.review?.cards ?? {})) expect(c.reps).toBe(1);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const input = page.getByLabel('Choose a progress file (.json)');
  const damaged = text.replace(/"stability": [\d.e-]+/, '"stability": "high"');
  await input.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(damaged),
  });
  await expect(page.getByRole('alert')).toContainText(
    /This progress file is damaged: "review" card "[^"]+" needs a "stability" ≥ 0\. Nothing was imported\./,
  );
  await input.setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    `Imported the review schedule of ${plural}.`,
  );

  await page.getByRole('banner').getByRole('link', { name: 'Review' }).click();
  // Everything due today was answered before the export, so nothing is due; the next day is kept.
  await expect(summary).toHaveText(`No questions are due today. ${nextOnes}`);

  // The wrong answer's link leads to the chapter section that teaches it.
  await page.goto(sectionHref.replace(new URL(baseURL ?? '/').pathname, ''));
  const hash = sectionHref.split('#')[1];
  if (hash) await expect(page.locator(`[id="${hash}"]`)).toBeVisible();
  else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a question the course no longer has is dropped, and the page says so', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.goto('review/');
  const data = await catalogue(page);
  const some = data.items[0]!;
  const card = {
    due: T0,
    stability: 1,
    difficulty: 5,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: T0 - DAY,
  };
  await page.evaluate(
    ([kept, c]) =>
      localStorage.setItem(
        'archlab:v1:review',
        JSON.stringify({
          version: 1,
          cards: { [kept]: c, [`${kept.split('/')[0]}/retired-question`]: c },
        }),
      ),
    [some.key, card] as const,
  );
  await page.reload();
  await expect(page.locator('[data-review-notice]')).toHaveText(
    /^1 question you were reviewing is no longer in the course/,
  );
  await expect(page.locator('[data-review-summary]')).toHaveText('1 question due today.');
  const stored = await page.evaluate(() => localStorage.getItem('archlab:v1:review'));
  expect(Object.keys((JSON.parse(stored ?? '{}') as { cards: object }).cards)).toEqual([some.key]);

  // A corrupt record is ignored with a notice, not a crash.
  await page.evaluate(() => localStorage.setItem('archlab:v1:review', '{"version":1,"cards":7}'));
  await page.reload();
  await expect(page.locator('[data-review-notice]')).toContainText(
    'Your saved review schedule was unreadable (it has no "cards") and has been ignored',
  );
  await expect(page.locator('[data-review-summary]')).toContainText('Nothing to review yet.');
});

test('works offline without having been opened: the service worker precaches it', async ({
  page,
  context,
}) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', '');
  await context.setOffline(true);
  await page.goto('review/');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  // The island ran from cached scripts: the summary replaced its "Loading" text.
  await expect(page.locator('[data-review-summary]')).toContainText('Nothing to review yet.');
});
