/**
 * One attempt at a chapter's quiz, without the DOM: which questions were answered, right or
 * wrong on the first try, the score once every question has a first answer, and "Try again".
 * The quiz island (`quizClient.ts`) draws it; tests/unit/quiz-session.test.ts checks it in Node.
 */

/** The score of a finished attempt. */
export interface QuizScoreSummary {
  correct: number;
  total: number;
  text: string;
}

/** What answering a question changed. */
export interface QuizAnswerOutcome {
  /** True for the first answer to this question in this attempt (counted in the score). */
  first: boolean;
  /** Set once every question has a first answer (again on every later check). */
  score: QuizScoreSummary | undefined;
}

/** The score line under a finished quiz. */
export function quizScoreText(correct: number, total: number): string {
  return `Your score: ${correct} of ${total} right on the first try.${
    correct === total ? ' Well done!' : ' Read the explanations, then try again.'
  }`;
}

export class QuizSession {
  readonly total: number;
  readonly #firstAnswers = new Map<number, boolean>();

  constructor(total: number) {
    this.total = total;
  }

  /** Questions with a first answer so far. */
  get answered(): number {
    return this.#firstAnswers.size;
  }

  /** Question `index` was checked: right or wrong. Only the first answer counts. */
  answer(index: number, correct: boolean): QuizAnswerOutcome {
    const first = !this.#firstAnswers.has(index);
    if (first) this.#firstAnswers.set(index, correct);
    return { first, score: this.score() };
  }

  /** The score, once every question has a first answer. */
  score(): QuizScoreSummary | undefined {
    if (this.total === 0 || this.#firstAnswers.size !== this.total) return undefined;
    const correct = [...this.#firstAnswers.values()].filter(Boolean).length;
    return { correct, total: this.total, text: quizScoreText(correct, this.total) };
  }

  /** "Try again": a new attempt, nothing answered. */
  retry(): void {
    this.#firstAnswers.clear();
  }
}
