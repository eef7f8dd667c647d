/**
 * A line diff (longest common subsequence), for comparing the learner's code with the solution
 * where Monaco's diff editor is not loaded (the plain-text editor on touch screens). Pure.
 */

/** One line of a diff: kept in both, only in the old text, or only in the new text. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
  /** 1-based line in the old text (same and removed lines). */
  oldLine?: number;
  /** 1-based line in the new text (same and added lines). */
  newLine?: number;
}

/** Past this many table cells the middle is shown as replaced whole, to bound time and memory. */
const MAX_CELLS = 4_000_000;

const splitLines = (text: string): string[] =>
  text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

/** Diff two texts line by line; `old` lines come first where a block is replaced. */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  // A common head and tail are the usual case in exercises: take them off before the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const out: DiffLine[] = [];
  const same = (i: number, j: number) =>
    out.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: j + 1 });
  const removed = (i: number) => out.push({ kind: 'removed', text: a[i]!, oldLine: i + 1 });
  const added = (j: number) => out.push({ kind: 'added', text: b[j]!, newLine: j + 1 });

  for (let k = 0; k < head; k++) same(k, k);
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = 0; i < n; i++) removed(head + i);
    for (let j = 0; j < m; j++) added(head + j);
  } else {
    // lcs[i][j] = length of the LCS of a[head+i..] and b[head+j..], row-major in one array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
          a[head + i] === b[head + j]
            ? lcs[(i + 1) * w + j + 1]! + 1
            : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i] === b[head + j]) same(head + i++, head + j++);
      else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) removed(head + i++);
      else added(head + j++);
    }
    while (i < n) removed(head + i++);
    while (j < m) added(head + j++);
  }
  for (let k = tail; k > 0; k--) same(a.length - k, b.length - k);
  return out;
}

/** How many lines a diff removes and adds. */
export function diffStats(diff: readonly DiffLine[]): { removed: number; added: number } {
  let removed = 0;
  let added = 0;
  for (const line of diff) {
    if (line.kind === 'removed') removed++;
    else if (line.kind === 'added') added++;
  }
  return { removed, added };
}
