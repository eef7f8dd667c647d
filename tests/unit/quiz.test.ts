import { describe, expect, it } from 'vitest';
import {
  checkNumber,
  choiceOrder,
  formatAnswer,
  orderedChoices,
  parseNumberAnswer,
  validateQuiz,
  withUnit,
  type NumberQuestion,
  type PredictQuestion,
} from '../../components/quiz.ts';

const choice = {
  id: 'what-a-balancer-does',
  objective: 1,
  section: 'one-address',
  question: 'What does a load balancer do?',
  choices: [
    { text: 'Stores data', explanation: 'That is the database.' },
    { text: 'Spreads requests', correct: true, explanation: 'It picks a server per request.' },
  ],
};
const number: NumberQuestion = {
  kind: 'number',
  id: 'utilisation',
  objective: 2,
  section: 'utilisation',
  question: '30 req/s × 20 ms on 1 core: utilisation in %?',
  answer: 60,
  tolerance: 0.5,
  unit: '%',
  solution: 'ρ = 30 × 0.020 = 0.6 = 60 %.',
  misconceptions: [{ answer: 60000, explanation: 'Milliseconds not converted.' }],
};
const predict: PredictQuestion = {
  kind: 'predict',
  id: 'steady-arrivals',
  objective: 2,
  section: 'utilisation',
  question: 'What will p95 be?',
  simulation: 'servers/one-server',
  setup: 'Steady arrivals at 45 req/s.',
  choices: [
    { text: 'About 20 ms', correct: true, explanation: 'Nothing waits.' },
    { text: 'Several hundred ms', explanation: 'Utilisation alone does not make queues.' },
  ],
};
const context = {
  objectives: ['Explain', 'Compute'],
  anchors: ['one-address', 'utilisation'],
  simulations: ['servers/one-server'],
};

describe('validateQuiz', () => {
  it('accepts well-formed questions of all three kinds', () => {
    const qs = [choice, number, predict];
    expect(validateQuiz('servers', qs, '/learn/servers/', context)).toEqual(qs);
  });

  it('names the quiz and question when no choice is correct', () => {
    const bad = [{ ...choice, choices: choice.choices.map((c) => ({ ...c, correct: false })) }];
    expect(() => validateQuiz('servers', bad)).toThrow(
      /Quiz "servers": question "what-a-balancer-does" must have exactly one correct choice \(found 0\)/,
    );
  });

  it('rejects two correct choices, one choice, empty explanations and repeated choices', () => {
    const two = [{ ...choice, choices: choice.choices.map((c) => ({ ...c, correct: true })) }];
    expect(() => validateQuiz('q', two)).toThrow(/found 2/);
    expect(() => validateQuiz('q', [{ ...choice, choices: [choice.choices[1]] }])).toThrow(
      /`choices` needs at least 2 choices/,
    );
    const empty = [
      { ...choice, choices: [choice.choices[0], { ...choice.choices[1]!, explanation: ' ' }] },
    ];
    expect(() => validateQuiz('q', empty, '/learn/servers/')).toThrow(
      /Quiz "q" \(in \/learn\/servers\/\): question "what-a-balancer-does": choice 2's explanation must not be empty/,
    );
    const same = [{ ...choice, choices: [...choice.choices, { ...choice.choices[0]! }] }];
    expect(() => validateQuiz('q', same)).toThrow(/choice "Stores data" appears twice/);
  });

  it('rejects missing questions, bad and duplicate ids, and unknown kinds', () => {
    expect(() => validateQuiz('q', [])).toThrow(/non-empty array/);
    expect(() => validateQuiz('q', undefined)).toThrow(/non-empty array/);
    expect(() => validateQuiz('q', [{ ...choice, id: 'Q1' }])).toThrow(
      /question "Q1": `id` must be kebab-case/,
    );
    expect(() => validateQuiz('q', [choice, { ...number, id: choice.id }])).toThrow(
      /question "what-a-balancer-does": the id is used twice/,
    );
    expect(() => validateQuiz('q', [{ ...choice, kind: 'essay' }])).toThrow(
      /kind "essay" is not "choice", "number" or "predict"/,
    );
  });

  it('checks objective, section and simulation against the chapter', () => {
    expect(() => validateQuiz('q', [{ ...choice, objective: 3 }], '', context)).toThrow(
      /objective 3 does not exist; the chapter's frontmatter lists 2 objectives/,
    );
    expect(() => validateQuiz('q', [{ ...choice, objective: 0 }])).toThrow(
      /`objective` is 1-based/,
    );
    expect(() => validateQuiz('q', [{ ...choice, section: 'nowhere' }], '', context)).toThrow(
      /section "nowhere" is not a heading of the chapter. Headings: one-address, utilisation/,
    );
    expect(() => validateQuiz('q', [{ ...choice, section: '#one-address' }])).toThrow(
      /`section` must be a heading slug/,
    );
    expect(() =>
      validateQuiz('q', [{ ...predict, simulation: 'servers/other' }], '', context),
    ).toThrow(/simulation "servers\/other" is not on this page \(it has servers\/one-server\)/);
    expect(() => validateQuiz('q', [predict], '', { ...context, simulations: [] })).toThrow(
      /is not on this page \(it has none\)/,
    );
    expect(() => validateQuiz('q', [{ ...predict, setup: '' }])).toThrow(
      /`setup` must not be empty/,
    );
  });

  it('checks number questions: finite answer, tolerance ≥ 0, a solution, distinct misconceptions', () => {
    expect(() => validateQuiz('q', [{ ...number, answer: Number.NaN }])).toThrow(
      /question "utilisation": `answer` must be a finite number/,
    );
    expect(() => validateQuiz('q', [{ ...number, answer: Infinity }])).toThrow(/finite/);
    expect(() => validateQuiz('q', [{ ...number, tolerance: -1 }])).toThrow(
      /`tolerance` must be 0 or more/,
    );
    expect(() => validateQuiz('q', [{ ...number, solution: '' }])).toThrow(
      /`solution` must not be empty/,
    );
    expect(() =>
      validateQuiz('q', [{ ...number, misconceptions: [{ answer: 60.2, explanation: 'x' }] }]),
    ).toThrow(/misconception answer 60.2 is within the tolerance \(±0.5\) of the answer 60/);
    const noSolution: Record<string, unknown> = { ...number };
    delete noSolution['solution'];
    expect(() => validateQuiz('q', [noSolution])).toThrow(/question "utilisation": `solution`/);
  });
});

describe('choice order', () => {
  it('is a permutation, the same on every call, and differs between questions', () => {
    const a = choiceOrder('servers', 'utilisation', 4);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOrder('servers', 'utilisation', 4)).toEqual(a);
    const orders = new Set(
      Array.from({ length: 40 }, (_, i) => choiceOrder('servers', `q-${i}`, 4).join()),
    );
    expect(orders.size).toBeGreaterThan(10);
  });

  it('puts the first-written choice in every position about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const order = choiceOrder('chapter', `question-${i}`, 4);
      counts[order.indexOf(0)]! += 1;
    }
    // 1000 expected per position; ±150 is more than 5 standard deviations (√750 ≈ 27).
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('is pinned: a release must not reorder the choices learners already saw', () => {
    expect(choiceOrder('a', 'b', 4)).toMatchInlineSnapshot(`
      [
        3,
        2,
        1,
        0,
      ]
    `);
  });

  it('orders a question’s choices by it', () => {
    const shown = orderedChoices('servers', predict);
    const order = choiceOrder('servers', predict.id, 2);
    expect(shown).toEqual(order.map((i) => predict.choices[i]));
  });
});

describe('number answers', () => {
  it('reads what learners type', () => {
    expect(parseNumberAnswer('60')).toBe(60);
    expect(parseNumberAnswer(' 60 % ', '%')).toBe(60);
    expect(parseNumberAnswer('6,700 MB', 'MB')).toBe(6700);
    expect(parseNumberAnswer('6 700')).toBe(6700);
    expect(parseNumberAnswer('0,6')).toBe(0.6);
    expect(parseNumberAnswer('.5')).toBe(0.5);
    expect(parseNumberAnswer('-2.5')).toBe(-2.5);
    expect(parseNumberAnswer('1e3')).toBe(1000);
    expect(parseNumberAnswer('41 connections', 'connections')).toBe(41);
    for (const junk of ['', 'abc', '1.2.3', '60 ms', '1,2,3', '--1'])
      expect(parseNumberAnswer(junk, '%'), junk).toBeUndefined();
  });

  it('accepts within the tolerance and names the misconception of a known wrong answer', () => {
    expect(checkNumber(number, 60)).toEqual({ correct: true });
    expect(checkNumber(number, 60.5)).toEqual({ correct: true });
    expect(checkNumber(number, 61)).toEqual({ correct: false });
    expect(checkNumber(number, 60000)).toEqual({
      correct: false,
      misconception: 'Milliseconds not converted.',
    });
    // Decimal fractions: 0.1 + 0.2 must count as 0.3 with a tolerance of 0.
    expect(checkNumber({ answer: 0.3, tolerance: 0 }, 0.1 + 0.2).correct).toBe(true);
  });

  it('formats answers without float noise', () => {
    expect(formatAnswer(0.1 + 0.2)).toBe('0.3');
    expect(formatAnswer(6700)).toBe('6700');
    expect(withUnit(60, '%')).toBe('60 %');
    expect(withUnit(0.1 + 0.2, '')).toBe('0.3');
  });
});
