import { describe, expect, it } from 'vitest';
import { diffLines, diffStats, type DiffLine } from '../../components/exercise/lineDiff.ts';

/** The old and new texts a diff describes, rebuilt from its lines. */
function sides(diff: DiffLine[]): [string[], string[]] {
  return [
    diff.filter((l) => l.kind !== 'added').map((l) => l.text),
    diff.filter((l) => l.kind !== 'removed').map((l) => l.text),
  ];
}

const compact = (diff: DiffLine[]) =>
  diff.map((l) => `${{ same: ' ', removed: '-', added: '+' }[l.kind]}${l.text}`);

describe('line diff', () => {
  it('marks nothing for equal texts, and ignores a final newline and CRLF', () => {
    const diff = diffLines('a\nb\nc\n', 'a\r\nb\r\nc');
    expect(compact(diff)).toEqual([' a', ' b', ' c']);
    expect(diffStats(diff)).toEqual({ removed: 0, added: 0 });
  });

  it('finds a changed line between common lines, with line numbers on both sides', () => {
    const diff = diffLines('head\nreturn 1;\ntail', 'head\nreturn 2;\ntail');
    expect(compact(diff)).toEqual([' head', '-return 1;', '+return 2;', ' tail']);
    expect(diff[1]).toEqual({ kind: 'removed', text: 'return 1;', oldLine: 2 });
    expect(diff[2]).toEqual({ kind: 'added', text: 'return 2;', newLine: 2 });
    expect(diff[3]).toEqual({ kind: 'same', text: 'tail', oldLine: 3, newLine: 3 });
  });

  it('keeps the longest common subsequence', () => {
    const diff = diffLines('a\nb\nc\nd\ne', 'x\nb\nc\ny\ne\nz');
    expect(compact(diff).filter((l) => l.startsWith(' '))).toEqual([' b', ' c', ' e']);
    expect(diffStats(diff)).toEqual({ removed: 2, added: 3 });
  });

  it('handles empty texts on either side', () => {
    expect(compact(diffLines('', 'a\nb'))).toEqual(['+a', '+b']);
    expect(compact(diffLines('a', ''))).toEqual(['-a']);
    expect(diffLines('', '')).toEqual([]);
  });

  it('always rebuilds both texts exactly, on random inputs', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const make = () => Array.from({ length: next() % 12 }, () => 'abcd'[next() % 4]!);
      const a = make();
      const b = make();
      const [left, right] = sides(diffLines(a.join('\n'), b.join('\n')));
      expect(left).toEqual(a);
      expect(right).toEqual(b);
    }
  });

  it('stays fast and correct on texts too large for the table', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join('\n');
    const b = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join('\n');
    const diff = diffLines(`same\n${a}\nend`, `same\n${b}\nend`);
    expect(diffStats(diff)).toEqual({ removed: 3000, added: 3000 });
    expect(diff[0]?.kind).toBe('same');
    expect(diff.at(-1)).toEqual({ kind: 'same', text: 'end', oldLine: 3002, newLine: 3002 });
  });
});
