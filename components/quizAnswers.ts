/**
 * Checking a learner's answer to a number question, in the page and at build time alike. Kept
 * apart from components/quiz.ts, whose zod schemas must not reach the page: zod probes
 * `Function('')`, which the site's Content-Security-Policy blocks and reports.
 */
import type { NumberQuestion } from './quiz.ts';

/** Within tolerance, allowing for the rounding of decimal fractions (0.1 + 0.2 ≠ 0.3). */
export function within(value: number, target: number, tolerance: number): boolean {
  return Math.abs(value - target) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
}

/**
 * Reads what a learner typed as a number: spaces and the question's unit around it are ignored,
 * "1,500" and "1 500" are fifteen hundred, "0,6" is a decimal comma. Undefined when it is not a number.
 */
export function parseNumberAnswer(input: string, unit = ''): number | undefined {
  let s = input.trim();
  const u = unit.trim();
  if (u && s.toLowerCase().endsWith(u.toLowerCase())) s = s.slice(0, -u.length);
  s = s.replace(/[\s\u00a0\u202f_]/g, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  s = s.replace(/^([+-]?)\./, '$10.');
  if (!/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The verdict on a typed number: right within the tolerance, or the misconception it matches. */
export interface NumberVerdict {
  correct: boolean;
  /** Explanation of the known misconception this wrong answer matches, if any. */
  misconception?: string;
}

/** Checks `value` against a number question (misconceptions are matched within the same tolerance). */
export function checkNumber(
  q: Pick<NumberQuestion, 'answer' | 'tolerance' | 'misconceptions'>,
  value: number,
): NumberVerdict {
  if (within(value, q.answer, q.tolerance)) return { correct: true };
  const m = (q.misconceptions ?? []).find((x) => within(value, x.answer, q.tolerance));
  return m ? { correct: false, misconception: m.explanation } : { correct: false };
}

/** A number as the quiz writes it, without float noise (0.30000000000000004 → 0.3). */
export function formatAnswer(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A number with its unit as the quiz shows it: `60 %`, `820 ms`, `14 servers`, `0.6`. */
export function withUnit(n: number, unit: string): string {
  return `${formatAnswer(n)}${unit ? ` ${unit}` : ''}`;
}
