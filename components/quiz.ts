/**
 * Quiz data as chapters write it (`lessons/NN-slug/quiz.ts`), its build-time validation, the
 * stable order choices are shown in, and how a typed number answer is read and checked. DOM-free:
 * the Quiz component, its client script, the Review page and the unit tests share it.
 */
import { z } from 'astro/zod';
import { within } from './quizAnswers.ts';
import { parseItemId } from '../course/paths.ts';

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
   * are keyed by `chapter/id`, and the choices' order is seeded by it: keep it when editing a
   * question, never reuse it for another one.
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

/** A question that is answered by picking one of its choices. */
export type PickQuestion = ChoiceQuestion | PredictQuestion;

/** What the chapter around a quiz offers; each part given is checked, each part left out is not. */
export interface QuizContext {
  /** The chapter's frontmatter objectives, in order. */
  objectives?: readonly string[];
  /** Slugs of the chapter's headings (the anchors a question's `section` may name). */
  anchors?: readonly string[];
  /** Ids of the `<Simulation id>` elements on the same page. */
  simulations?: readonly string[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');
const choiceSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
  explanation: text,
});
const choices = z.array(choiceSchema).min(2, 'needs at least 2 choices');
const base = {
  id: z.string().regex(KEBAB, 'must be kebab-case (e.g. "utilisation-from-rate")'),
  objective: z.number().int('must be a whole number').min(1, 'is 1-based'),
  section: z.string().regex(/^[^\s#]+$/, 'must be a heading slug, without "#" or spaces'),
  question: text,
};
// zod rejects NaN and ±Infinity as numbers already; this only words the message.
const finite = z.number({ error: 'must be a finite number' });
const schemas = {
  choice: z.strictObject({ ...base, kind: z.literal('choice').optional(), choices }),
  number: z.strictObject({
    ...base,
    kind: z.literal('number'),
    answer: finite,
    tolerance: finite.refine((t) => t >= 0, 'must be 0 or more'),
    unit: z.string(),
    solution: text,
    misconceptions: z.array(z.strictObject({ answer: finite, explanation: text })).optional(),
  }),
  predict: z.strictObject({
    ...base,
    kind: z.literal('predict'),
    simulation: z.string().refine((id) => parseItemId(id).ok, 'must look like "chapter/name"'),
    setup: text,
    choices,
  }),
};

/** `choices.2.explanation` → `choice 3's explanation`, for messages a lesson author can act on. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the question';
  const [head, index, ...rest] = path;
  if ((head === 'choices' || head === 'misconceptions') && typeof index === 'number') {
    const item = `${head === 'choices' ? 'choice' : 'misconception'} ${index + 1}`;
    return rest.length ? `${item}'s ${rest.join('.')}` : item;
  }
  return `\`${path.map(String).join('.')}\``;
}

/**
 * Throws an Error naming the quiz, the page and the question when the data cannot make a fair
 * question: a wrong shape (zod), not exactly one correct choice, two identical choices, a duplicate
 * id, a misconception that the tolerance would accept as right, and, for each part of `context`
 * given, an objective the chapter does not have, a section that is not one of its headings, or a
 * simulation that is not on the page.
 */
export function validateQuiz(
  id: string,
  questions: unknown,
  where = '',
  context: QuizContext = {},
): QuizQuestion[] {
  const at = where ? ` (in ${where})` : '';
  const fail = (msg: string): never => {
    throw new Error(`Quiz "${id}"${at}: ${msg}`);
  };
  if (!id || typeof id !== 'string') fail('needs a non-empty `id`.');
  if (!Array.isArray(questions) || questions.length === 0)
    fail('`questions` must be a non-empty array.');
  const seen = new Set<string>();
  return (questions as unknown[]).map((raw, i) => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const label =
      typeof r['id'] === 'string' && r['id'] !== ''
        ? `question "${r['id']}"`
        : `question ${i + 1}${typeof r['question'] === 'string' ? ` ("${r['question']}")` : ''}`;
    const kind = r['kind'] ?? 'choice';
    if (kind !== 'choice' && kind !== 'number' && kind !== 'predict')
      fail(`${label}: kind ${JSON.stringify(kind)} is not "choice", "number" or "predict".`);
    const parsed = schemas[kind as keyof typeof schemas].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(`${label}: ${fieldName(issue?.path ?? [])} ${issue?.message ?? 'is invalid'}.`);
    }
    const q = raw as QuizQuestion;
    if (seen.has(q.id)) fail(`${label}: the id is used twice; ids must be unique in a chapter.`);
    seen.add(q.id);

    if (q.kind === 'number') {
      for (const m of q.misconceptions ?? []) {
        if (within(m.answer, q.answer, q.tolerance))
          fail(
            `${label}: misconception answer ${m.answer} is within the tolerance (±${q.tolerance}) of the answer ${q.answer}, so it would be marked right.`,
          );
      }
    } else {
      const correct = q.choices.filter((c) => c.correct === true).length;
      if (correct !== 1) fail(`${label} must have exactly one correct choice (found ${correct}).`);
      const texts = q.choices.map((c) => c.text.trim());
      const twice = texts.find((t, j) => texts.indexOf(t) !== j);
      if (twice !== undefined) fail(`${label}: choice "${twice}" appears twice.`);
    }

    const { objectives, anchors, simulations } = context;
    if (objectives && q.objective > objectives.length)
      fail(
        `${label}: objective ${q.objective} does not exist; the chapter's frontmatter lists ${objectives.length} objective${objectives.length === 1 ? '' : 's'}.`,
      );
    if (anchors && !anchors.includes(q.section))
      fail(
        `${label}: section "${q.section}" is not a heading of the chapter. Headings: ${anchors.join(', ')}.`,
      );
    if (q.kind === 'predict' && simulations && !simulations.includes(q.simulation))
      fail(
        `${label}: simulation "${q.simulation}" is not on this page${simulations.length ? ` (it has ${simulations.join(', ')})` : ' (it has none)'}.`,
      );
    return q;
  });
}

/** 32-bit FNV-1a hash of a string: the seed of a question's choice order. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mulberry32. Written out here rather than taken from a library because the order must never
 * change between releases ("I picked the second one" must stay true), whatever a dependency does.
 */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The order in which a question's `count` choices are shown: a Fisher–Yates shuffle seeded by
 * `chapter/questionId`. Stable across reloads and builds, the same with and without JavaScript,
 * and unrelated to the order the author wrote them in (where the right answer tends to come first).
 * Returns author indices in display order.
 */
export function choiceOrder(chapter: string, questionId: string, count: number): number[] {
  const random = mulberry32(hash(`${chapter}/${questionId}`));
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A question's choices in the order learners see them (see choiceOrder). */
export function orderedChoices(chapter: string, q: PickQuestion): QuizChoice[] {
  return choiceOrder(chapter, q.id, q.choices.length).map((i) => q.choices[i]!);
}

// The answer helpers run in the page: they live apart from zod, which must not reach the client.
export { checkNumber, formatAnswer, parseNumberAnswer, withUnit, within } from './quizAnswers.ts';
export type { NumberVerdict } from './quizAnswers.ts';
