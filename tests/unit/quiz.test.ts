import { describe, expect, it } from 'vitest';
import { validateQuiz } from '../../components/quiz.ts';

const ok = [
  {
    question: 'What does a load balancer do?',
    choices: [
      { text: 'Stores data', explanation: 'That is the database.' },
      { text: 'Spreads requests', correct: true, explanation: 'It picks a server per request.' },
    ],
  },
];

describe('validateQuiz', () => {
  it('accepts well-formed questions', () => {
    expect(validateQuiz('servers', ok)).toBe(ok);
  });

  it('names the quiz and question when no choice is correct', () => {
    const bad = [{ ...ok[0], choices: ok[0]!.choices.map((c) => ({ ...c, correct: false })) }];
    expect(() => validateQuiz('servers', bad)).toThrow(
      /Quiz "servers".*question 1 \("What does a load balancer do\?"\).*exactly one correct choice \(found 0\)/,
    );
  });

  it('rejects two correct choices, one choice, and empty explanations', () => {
    const two = [{ ...ok[0], choices: ok[0]!.choices.map((c) => ({ ...c, correct: true })) }];
    expect(() => validateQuiz('q', two)).toThrow(/found 2/);
    const one = [{ ...ok[0], choices: [ok[0]!.choices[1]] }];
    expect(() => validateQuiz('q', one)).toThrow(/at least 2 choices/);
    const empty = [
      { ...ok[0], choices: [ok[0]!.choices[0], { ...ok[0]!.choices[1], explanation: ' ' }] },
    ];
    expect(() => validateQuiz('q', empty, '/learn/servers/')).toThrow(
      /Quiz "q" \(in \/learn\/servers\/\).*choice 2 \("Spreads requests"\) needs a non-empty explanation/,
    );
  });

  it('rejects missing questions', () => {
    expect(() => validateQuiz('q', [])).toThrow(/non-empty array/);
    expect(() => validateQuiz('q', undefined)).toThrow(/non-empty array/);
  });
});
