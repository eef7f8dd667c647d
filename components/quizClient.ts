/**
 * The quiz island, `<archlab-quiz>` around the `[data-quiz]` section rendered by
 * components/mdx/Quiz.astro. Checking logic lives in quiz.ts and quizAnswers.ts, the attempt (first
 * answers, score, retry) in quizSession.ts, all DOM-free and unit-tested; this file only reads the
 * page and writes verdicts.
 */
import { recordQuiz } from './progress.ts';
import { QuizSession } from './quizSession.ts';
import { quizSelector as part } from './quizParts.ts';
import type { NumberQuestion } from './quiz.ts';
import { checkNumber, parseNumberAnswer, withUnit } from './quizAnswers.ts';
import { fail, ok, type Result } from '../course/result.ts';

/** Whether the learner's answer is right, and the text that says so. */
interface Verdict {
  correct: boolean;
  text: string;
}

/** Fired on window when a learner answers a question for the first time in an attempt. */
export const QUIZ_ANSWER_EVENT = 'archlab:quiz-answer';

/** Detail of QUIZ_ANSWER_EVENT: which question (`quiz` is the chapter slug) and whether it was right. */
export interface QuizAnswerDetail {
  quiz: string;
  question: string;
  correct: boolean;
}

type NumberData = Pick<NumberQuestion, 'answer' | 'tolerance' | 'unit' | 'misconceptions'>;

/** The verdict of a pick (choice or predict) question, marking every choice; undefined if none picked. */
function checkPick(fs: HTMLFieldSetElement): Result<Verdict> {
  const picked = fs.querySelector<HTMLInputElement>('input[type=radio]:checked');
  if (!picked) return fail('Choose an answer first.');
  const choice = picked.closest<HTMLElement>(part('choice'));
  const correct = choice?.dataset['correct'] === 'true';
  const answer = fs.querySelector('[data-correct="true"] label')?.textContent ?? '';
  for (const c of fs.querySelectorAll<HTMLElement>(part('choice'))) {
    const isRight = c.dataset['correct'] === 'true';
    c.dataset['state'] = isRight ? 'right' : c === choice ? 'wrong' : 'other';
    const v = c.querySelector('.verdict');
    if (v) v.textContent = isRight ? '✓' : c === choice ? '✗' : '';
  }
  const text = correct
    ? 'Correct! The explanations below say why each choice is right or wrong.'
    : `Not quite: the answer is “${answer}”. The explanations below say why.`;
  return ok({ correct, text });
}

/** The verdict of a number question; a message instead when the input is not a number. */
function checkTyped(fs: HTMLFieldSetElement): Result<Verdict> {
  const box = fs.querySelector<HTMLElement>(part('number'));
  const input = box?.querySelector<HTMLInputElement>('input');
  if (!box || !input) return fail('This question cannot be checked.');
  const data = JSON.parse(box.dataset['number'] ?? '{}') as NumberData;
  const value = parseNumberAnswer(input.value, data.unit);
  if (value === undefined)
    return fail(
      input.value.trim() === ''
        ? 'Type a number first.'
        : `“${input.value.trim()}” is not a number: type digits only, such as 12.5.`,
    );
  const verdict = checkNumber(data, value);
  box.dataset['state'] = verdict.correct ? 'right' : 'wrong';
  input.setAttribute('aria-invalid', verdict.correct ? 'false' : 'true');
  const answer = withUnit(data.answer, data.unit);
  if (verdict.correct)
    return ok({
      correct: true,
      text: `Correct: ${answer}${data.tolerance > 0 ? ` (within ±${withUnit(data.tolerance, data.unit)})` : ''}. The worked solution is below.`,
    });
  return ok({
    correct: false,
    text: `Not quite: you entered ${withUnit(value, data.unit)}, the answer is ${answer}. ${
      verdict.misconception ?? 'The worked solution below shows each step.'
    }`,
  });
}

/** Wires one quiz section. */
function startQuiz(quiz: HTMLElement): void {
  const id = quiz.dataset['quiz'] ?? '';
  const questions = [...quiz.querySelectorAll<HTMLFieldSetElement>(part('question'))];
  const session = new QuizSession(questions.length);
  const retry = quiz.querySelector<HTMLButtonElement>(part('retry'));
  const scoreText = quiz.querySelector<HTMLElement>(part('scoreText'));

  questions.forEach((fs, i) => {
    const result = fs.querySelector<HTMLElement>(part('result'));
    const details = fs.querySelector<HTMLDetailsElement>(part('explanations'));
    const check = fs.querySelector<HTMLButtonElement>(part('check'));
    check?.addEventListener('click', () => {
      if (!result) return;
      const checked = fs.dataset['kind'] === 'number' ? checkTyped(fs) : checkPick(fs);
      if (!checked.ok) {
        result.textContent = checked.message;
        result.dataset['state'] = 'empty';
        return;
      }
      const verdict = checked.value;
      result.dataset['state'] = verdict.correct ? 'right' : 'wrong';
      result.textContent = verdict.text;
      if (details) details.open = true;
      const invite = fs.querySelector<HTMLElement>(part('invite'));
      if (invite) invite.hidden = false;
      const { first, score } = session.answer(i, verdict.correct);
      if (first) {
        window.dispatchEvent(
          new CustomEvent<QuizAnswerDetail>(QUIZ_ANSWER_EVENT, {
            detail: {
              quiz: id,
              question: fs.dataset['questionId'] ?? '',
              correct: verdict.correct,
            },
          }),
        );
      }
      if (!score || !scoreText) return;
      scoreText.textContent = score.text;
      if (retry) retry.hidden = false;
      recordQuiz(id, score.correct, score.total);
    });
    // Enter in the number box checks it, as in a form (there is no form: nothing to submit).
    fs.querySelector<HTMLInputElement>(`${part('number')} input`)?.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        check?.click();
      },
    );
  });

  retry?.addEventListener('click', () => {
    session.retry();
    for (const fs of questions) {
      for (const input of fs.querySelectorAll<HTMLInputElement>('input')) {
        input.checked = false;
        if (input.type === 'text') {
          input.value = '';
          input.removeAttribute('aria-invalid');
        }
      }
      for (const c of fs.querySelectorAll<HTMLElement>(`${part('choice')}, ${part('number')}`)) {
        delete c.dataset['state'];
        const v = c.querySelector('.verdict');
        if (v) v.textContent = '';
      }
      const result = fs.querySelector<HTMLElement>(part('result'));
      if (result) {
        result.textContent = '';
        delete result.dataset['state'];
      }
      const invite = fs.querySelector<HTMLElement>(part('invite'));
      if (invite) invite.hidden = true;
      const details = fs.querySelector<HTMLDetailsElement>(part('explanations'));
      if (details) details.open = false;
    }
    if (retry) retry.hidden = true;
    if (scoreText) scoreText.textContent = '';
    questions[0]?.querySelector<HTMLInputElement>('input')?.focus();
  });
  // Tests (and styles) can wait for this instead of guessing when the module script has run.
  quiz.dataset['ready'] = 'true';
}

class QuizElement extends HTMLElement {
  connectedCallback(): void {
    const quiz = this.querySelector<HTMLElement>(part('quiz'));
    // Once per section, even if the element is moved in the page.
    if (!quiz || quiz.dataset['ready'] === 'true') return;
    startQuiz(quiz);
  }
}

/** Register `<archlab-quiz>` (idempotent). */
export function defineQuizElement(): void {
  if (customElements.get('archlab-quiz')) return;
  customElements.define('archlab-quiz', QuizElement);
}
