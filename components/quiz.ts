/** Quiz data as MDX lessons write it, and its build-time validation. */

/** One answer a learner can pick. */
export interface QuizChoice {
  /** What the learner reads next to the radio button. */
  text: string;
  /** Exactly one choice per question is correct. */
  correct?: boolean;
  /**
   * Why this choice is right or wrong; shown for every choice after answering. A wrong choice's
   * explanation names the misconception that leads to it.
   */
  explanation: string;
}

/** What every kind of question has. */
export interface QuizQuestionBase {
  /**
   * Stable id, unique within the chapter (kebab-case, e.g. `utilisation-from-rate`). Review schedules
   * are keyed by `chapter/id`: keep it when editing a question, never reuse it for another one.
   */
  id: string;
  /** 1-based number of the chapter objective (frontmatter `objectives`) this question checks. */
  objective: number;
  /** Anchor (heading slug, without `#`) of the chapter section that teaches it: review links there. */
  section: string;
  /** The question as the learner reads it. */
  question: string;
}

/** Multiple choice: pick one of several answers (the default kind). */
export interface ChoiceQuestion extends QuizQuestionBase {
  kind?: 'choice';
  choices: QuizChoice[];
}

/** A number to type, accepted within a tolerance, with a worked solution. */
export interface NumberQuestion extends QuizQuestionBase {
  kind: 'number';
  /** The right answer, in `unit`. */
  answer: number;
  /** Accepted absolute distance from `answer`, in `unit` (0 = exact). */
  tolerance: number;
  /** Unit shown next to the input, e.g. `ms`, `%`, `connections`; empty for a pure number. */
  unit: string;
  /** Worked solution shown after answering: the formula, the numbers put in, the result. */
  solution: string;
  /** Answers a known misconception leads to, each with the explanation shown when a learner enters it. */
  misconceptions?: { answer: number; explanation: string }[];
}

/** Predict what a simulation on the same page will show, then run it to see. */
export interface PredictQuestion extends QuizQuestionBase {
  kind: 'predict';
  /** Id of a `<Simulation id>` on the same page. */
  simulation: string;
  /** What to set in that simulation before running it, as the learner reads it. */
  setup: string;
  choices: QuizChoice[];
}

/** One quiz question of any kind. */
export type QuizQuestion = ChoiceQuestion | NumberQuestion | PredictQuestion;

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
    const q = raw as Partial<ChoiceQuestion> | null;
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
