/**
 * The whole course's quizzes: each validates against its chapter as the build does, covers the
 * chapter, and gives nothing away by the position or the length of the right answer.
 */
import { describe, expect, it } from 'vitest';
import {
  orderedChoices,
  validateQuiz,
  type PickQuestion,
  type QuizQuestion,
} from '../../components/quiz.ts';
import { chapterQuizzes } from './support/chapterQuizzes.ts';

const chapters = await chapterQuizzes();
const isPick = (q: QuizQuestion): q is PickQuestion => q.kind !== 'number';

/**
 * A test-wise learner's strategies: each scores, per question, the share of the choices it would
 * pick (with a tie between t choices, 1/t) that is the right one, in the order learners see.
 */
const strategies: Record<string, (lengths: number[], shown: number) => number[]> = {
  'always first': () => [0],
  'always last': (_l, n) => [n - 1],
  'always longest': (l) => l.flatMap((x, i) => (x === Math.max(...l) ? [i] : [])),
  'always shortest': (l) => l.flatMap((x, i) => (x === Math.min(...l) ? [i] : [])),
};

interface Pick {
  /** Expected score of the strategy on this question (0…1). */
  score: number;
  /** Chance of a blind guess: 1 / number of choices. */
  chance: number;
}

function picks(chapter: string, questions: QuizQuestion[], strategy: string): Pick[] {
  const choose = strategies[strategy]!;
  return questions.filter(isPick).map((q) => {
    const shown = orderedChoices(chapter, q);
    const picked = choose(
      shown.map((c) => c.text.length),
      shown.length,
    );
    const right = picked.filter((i) => shown[i]?.correct === true).length;
    return { score: right / picked.length, chance: 1 / shown.length };
  });
}

/**
 * P(X ≥ k) for X the number of questions a strategy gets right by chance, when each question i is
 * an independent coin with probability p_i = 1 / its choices (a Poisson binomial distribution).
 */
function chanceOfAtLeast(k: number, ps: number[]): number {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((v, j) => {
      next[j] = (next[j] ?? 0) + v * (1 - p);
      next[j + 1] = (next[j + 1] ?? 0) + v * p;
    });
    dist = next;
  }
  return dist.slice(Math.ceil(k - 1e-9)).reduce((a, b) => a + b, 0);
}

describe('every chapter’s quiz', () => {
  it('finds the chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
  });

  for (const { chapter, questions, context } of chapters) {
    describe(chapter, () => {
      it('validates against its chapter (objectives, headings, simulations on the page)', () => {
        expect(() =>
          validateQuiz(chapter, questions, `lessons/*-${chapter}`, context),
        ).not.toThrow();
      });

      it('has ≥ 6 questions covering every objective, with a number and a predict question', () => {
        expect(questions.length, 'questions').toBeGreaterThanOrEqual(6);
        const covered = new Set(questions.map((q) => q.objective));
        const missing = context.objectives
          .map((o, i) => ({ o, n: i + 1 }))
          .filter(({ n }) => !covered.has(n))
          .map(({ n, o }) => `${n}: ${o}`);
        expect(missing, 'objectives no question checks').toEqual([]);
        expect(
          questions.filter((q) => q.kind === 'number').length,
          'number questions',
        ).toBeGreaterThanOrEqual(1);
        expect(
          questions.filter((q) => q.kind === 'predict').length,
          'predict questions',
        ).toBeGreaterThanOrEqual(1);
      });
    });
  }
});

describe('position and length give nothing away', () => {
  /**
   * Course-wide, each strategy scores at most 40 %: with four choices chance is 25 %, and over the
   * course's ~70+ pick questions a fair layout exceeds 40 % with probability well under 1 %.
   */
  for (const strategy of Object.keys(strategies)) {
    it(`"${strategy}" scores at most 40 % over the whole course`, () => {
      const all = chapters.flatMap((c) => picks(c.chapter, c.questions, strategy));
      const score = all.reduce((a, p) => a + p.score, 0) / all.length;
      expect(
        score,
        `${strategy}: ${(score * 100).toFixed(1)} % of ${all.length} questions`,
      ).toBeLessThanOrEqual(0.4);
    });
  }

  /**
   * Per chapter the sample is small (6–12 questions), so a fixed percentage would either let a
   * biased chapter through or fail a fair one by bad luck. Instead: if the right answer's position
   * and length carried no information, a strategy's hits in a chapter would follow a Poisson
   * binomial distribution (question i right with chance 1/choices). A chapter fails when its score
   * is so high that a fair layout would reach it with probability below 5 % divided by the number
   * of (chapter, strategy) tests (Bonferroni): the whole audit then fails a fair course less than
   * 1 time in 20, while a chapter whose right answers are, say, always the longest fails at once.
   */
  const tests = chapters.length * Object.keys(strategies).length;
  const alpha = 0.05 / tests;
  for (const { chapter, questions } of chapters) {
    it(`${chapter}: no strategy beats chance by more than a fair layout could (p ≥ 0.05 / ${tests})`, () => {
      const unlikely: string[] = [];
      for (const strategy of Object.keys(strategies)) {
        const ps = picks(chapter, questions, strategy);
        const hits = ps.reduce((a, p) => a + p.score, 0);
        const p = chanceOfAtLeast(
          hits,
          ps.map((x) => x.chance),
        );
        if (p < alpha)
          unlikely.push(
            `${strategy} gets ${hits} of ${ps.length} right (chance of that by luck: ${p.toExponential(2)})`,
          );
      }
      expect(unlikely).toEqual([]);
    });
  }

  it('the bound catches a chapter whose right answer is always first or always longest', () => {
    const ps = Array.from({ length: 7 }, () => 0.25);
    expect(chanceOfAtLeast(7, ps)).toBeLessThan(alpha);
    expect(chanceOfAtLeast(0, ps)).toBeCloseTo(1);
    expect(chanceOfAtLeast(1, [0.5, 0.5])).toBeCloseTo(0.75);
  });
});
