/**
 * The named parts of a quiz's markup, one data attribute each: `Quiz.astro` writes them with
 * `quizPart()` and the island (`quizClient.ts`) finds them with `quizSelector()`. Facts about a
 * question (`data-kind`, `data-question-id`, `data-correct`…) are data, not parts, and stay as
 * they are.
 */
export const QUIZ_PARTS = {
  /** The quiz's `<section>`; its value is the chapter slug. */
  quiz: 'data-quiz',
  /** One question's `<fieldset>`; its value is the question's index. */
  question: 'data-question',
  /** One choice of a pick question; its value is the choice's index. */
  choice: 'data-choice',
  /** A number question's answer box; its value is the answer, tolerance and unit as JSON. */
  number: 'data-number',
  check: 'data-check',
  /** The verdict of one question (a live region). */
  result: 'data-result',
  /** The link to the simulation a predict question is about, shown after an answer. */
  invite: 'data-invite',
  explanations: 'data-explanations',
  score: 'data-score',
  scoreText: 'data-score-text',
  retry: 'data-retry',
} as const;

export type QuizPart = keyof typeof QUIZ_PARTS;

/** The attribute to spread on a part's element: `<p {...quizPart('result')}>`, or with a value. */
export function quizPart(name: QuizPart, value: string | number = ''): Record<string, string> {
  return { [QUIZ_PARTS[name]]: String(value) };
}

/** The CSS selector of a part. */
export function quizSelector(name: QuizPart): string {
  return `[${QUIZ_PARTS[name]}]`;
}
