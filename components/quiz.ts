/** Quiz data as MDX lessons write it, and its build-time validation. */

/** One answer a learner can pick. */
export interface QuizChoice {
  /** What the learner reads next to the radio button. */
  text: string;
  /** Exactly one choice per question is correct. */
  correct?: boolean;
  /** Why this choice is right or wrong; shown for every choice after answering. */
  explanation: string;
}

/** One multiple-choice question. */
export interface QuizQuestion {
  question: string;
  choices: QuizChoice[];
}

/**
 * Throws an Error naming the quiz and the question when the data cannot make a fair question:
 * fewer than two choices, not exactly one correct choice, or an empty text or explanation.
 */
export function validateQuiz(id: string, questions: unknown, where = ''): QuizQuestion[] {
  const at = where ? ` (in ${where})` : '';
  const fail = (msg: string): never => {
    throw new Error(`Quiz "${id}"${at}: ${msg}`);
  };
  if (!id || typeof id !== 'string') fail('needs a non-empty `id`.');
  if (!Array.isArray(questions) || questions.length === 0)
    fail('`questions` must be a non-empty array.');
  (questions as unknown[]).forEach((raw, i) => {
    const q = raw as Partial<QuizQuestion> | null;
    const label = `question ${i + 1}${typeof q?.question === 'string' ? ` ("${q.question}")` : ''}`;
    if (typeof q?.question !== 'string' || q.question.trim() === '')
      fail(`${label} has no question text.`);
    if (!Array.isArray(q?.choices) || q.choices.length < 2)
      fail(`${label} needs at least 2 choices.`);
    const choices = q?.choices ?? [];
    choices.forEach((c, j) => {
      if (typeof c?.text !== 'string' || c.text.trim() === '')
        fail(`${label}, choice ${j + 1} has no text.`);
      if (typeof c.explanation !== 'string' || c.explanation.trim() === '')
        fail(`${label}, choice ${j + 1} ("${c.text}") needs a non-empty explanation.`);
    });
    const correct = choices.filter((c) => c.correct === true).length;
    if (correct !== 1) fail(`${label} must have exactly one correct choice (found ${correct}).`);
  });
  return questions as QuizQuestion[];
}
