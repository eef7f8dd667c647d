/** Bench figures: one measured value with its unit and target, and the table they print as. */

/** A target: the value must be at most, at least, or exactly this. */
export interface Target {
  op: '<=' | '>=' | '=';
  value: number;
}

/** One line of the bench table and of bench/results.json. */
export interface Figure {
  /** What was measured, e.g. "warm Run (median of 10)". */
  name: string;
  /** Which part of the bench measured it (`--only` names). */
  part: Part;
  value: number;
  unit: string;
  target: Target | null;
  /** Whether the target is met; null when there is no target. */
  met: boolean | null;
}

/** The bench's parts, selectable with `--only`. */
export const PARTS = ['engine', 'build', 'weight', 'run', 'sim', 'lighthouse'] as const;
export type Part = (typeof PARTS)[number];

/** A figure, with `met` worked out from its target. */
export function figure(
  part: Part,
  name: string,
  value: number,
  unit: string,
  target: Target | null = null,
): Figure {
  return { name, part, value, unit, target, met: target ? meets(value, target) : null };
}

/** Whether a value meets a target. */
export function meets(value: number, target: Target): boolean {
  if (target.op === '<=') return value <= target.value;
  if (target.op === '>=') return value >= target.value;
  return value === target.value;
}

/** Which parts to run from the command line: `--only a,b` (all by default), `--no-build`. */
export function selectParts(args: readonly string[]): Set<Part> {
  const i = args.indexOf('--only');
  const raw = i >= 0 ? (args[i + 1] ?? '') : PARTS.join(',');
  const chosen = raw.split(',').filter(Boolean);
  const unknown = chosen.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    throw new Error(`unknown bench part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  }
  const parts = new Set(chosen as Part[]);
  if (args.includes('--no-build')) parts.delete('build');
  return parts;
}

/** The figures as an aligned text table (figure, value, unit, target, met?). */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'unit', 'target', 'met?'],
    ...figures.map((f) => [
      f.name,
      formatValue(f.value),
      f.unit,
      f.target ? `${f.target.op} ${formatValue(f.target.value)}` : '—',
      f.met === null ? '—' : f.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))))
    .map((r) => r.join('  ').trimEnd())
    .join('\n');
}

/** The same table in Markdown, for the README. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const lines = ['| figure | value | unit | target | met? |', '|---|--:|---|---|---|'];
  for (const f of figures) {
    const target = f.target
      ? `${f.target.op === '<=' ? '≤' : f.target.op === '>=' ? '≥' : '='} ${formatValue(f.target.value)}`
      : '—';
    lines.push(
      `| ${f.name} | ${formatValue(f.value)} | ${f.unit} | ${target} | ${f.met === null ? '—' : f.met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
