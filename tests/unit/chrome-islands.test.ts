/** The quiz attempt, the theme switch and the chapters menu, without the DOM. */
import { describe, expect, it } from 'vitest';
import { QuizSession, quizScoreText } from '../../components/quizSession.ts';
import { effectiveTheme, toggledTheme } from '../../components/theme.ts';
import { menuTransition } from '../../components/menu.ts';

describe('a quiz attempt', () => {
  it('scores the first answer to each question, once every question has one', () => {
    const quiz = new QuizSession(3);
    expect(quiz.answer(0, false)).toEqual({ first: true, score: undefined });
    // A second try at the same question does not change the score.
    expect(quiz.answer(0, true)).toEqual({ first: false, score: undefined });
    expect(quiz.answer(2, true).score).toBeUndefined();
    const done = quiz.answer(1, true);
    expect(done.first).toBe(true);
    expect(done.score).toEqual({
      correct: 2,
      total: 3,
      text: 'Your score: 2 of 3 right on the first try. Read the explanations, then try again.',
    });
    // Checking again after the end reports the same score (and the page records it again).
    expect(quiz.answer(1, false)).toEqual({ first: false, score: done.score });
  });

  it('all right says well done; Try again starts a new attempt', () => {
    const quiz = new QuizSession(2);
    quiz.answer(0, true);
    expect(quiz.answer(1, true).score?.text).toBe(
      'Your score: 2 of 2 right on the first try. Well done!',
    );
    quiz.retry();
    expect(quiz.answered).toBe(0);
    expect(quiz.answer(0, false)).toEqual({ first: true, score: undefined });
    expect(quizScoreText(0, 2)).toContain('0 of 2');
  });

  it('a quiz without questions never has a score', () => {
    expect(new QuizSession(0).score()).toBeUndefined();
  });
});

describe('the theme switch', () => {
  it('follows the system until the learner picks', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme(undefined, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('sepia', true)).toBe('dark');
  });

  it('a press picks the other theme', () => {
    expect(toggledTheme('dark')).toBe('light');
    expect(toggledTheme('light')).toBe('dark');
  });
});

describe('the chapters menu', () => {
  it('a press opens and closes it, focus staying in the menu', () => {
    expect(menuTransition(false, { kind: 'press' })).toEqual({ open: true, focusBack: false });
    expect(menuTransition(true, { kind: 'press' })).toEqual({ open: false, focusBack: false });
  });

  it('Escape closes an open menu and returns focus to the button; a closed menu ignores it', () => {
    expect(menuTransition(true, { kind: 'escape' })).toEqual({ open: false, focusBack: true });
    expect(menuTransition(false, { kind: 'escape' })).toBeUndefined();
  });

  it('a click outside closes it without moving focus; a wide window always resets it', () => {
    expect(menuTransition(true, { kind: 'click-outside' })).toEqual({
      open: false,
      focusBack: false,
    });
    expect(menuTransition(false, { kind: 'click-outside' })).toBeUndefined();
    expect(menuTransition(false, { kind: 'wide' })).toEqual({ open: false, focusBack: false });
  });
});
