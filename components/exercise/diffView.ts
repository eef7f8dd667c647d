/**
 * The comparison of the learner's code with the reference solution: Monaco's diff editor where
 * Monaco is loaded, else an accessible line list (sign, plus the words "Removed"/"Added" for
 * screen readers, since colour alone says nothing to them). Text only, never HTML.
 */
import { diffLines, diffStats, type DiffLine } from './lineDiff.ts';

/** A mounted comparison, to be disposed when closed. */
export interface Comparison {
  dispose(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence describing a diff, e.g. "2 lines only in your code, 3 only in the solution." */
export function describeDiff(diff: readonly DiffLine[]): string {
  const { removed, added } = diffStats(diff);
  if (removed === 0 && added === 0)
    return 'Your code matches the reference solution line for line.';
  return `${plural(removed, 'line')} only in your code, ${plural(added, 'line')} only in the reference solution.`;
}

const LABEL: Record<DiffLine['kind'], { sign: string; spoken: string }> = {
  same: { sign: ' ', spoken: '' },
  removed: { sign: '−', spoken: 'Only in your code: ' },
  added: { sign: '+', spoken: 'Only in the solution: ' },
};

/** Render a line diff as a keyboard-scrollable list. */
export function renderLineDiff(host: HTMLElement, diff: readonly DiffLine[]): Comparison {
  const list = document.createElement('ol');
  list.className = 'line-diff';
  list.tabIndex = 0;
  list.setAttribute('aria-label', 'Line by line differences');
  for (const line of diff) {
    const item = document.createElement('li');
    item.className = `is-${line.kind}`;
    item.dataset.kind = line.kind;
    const sign = document.createElement('span');
    sign.className = 'line-diff-sign';
    sign.setAttribute('aria-hidden', 'true');
    sign.textContent = LABEL[line.kind].sign;
    item.append(sign);
    if (LABEL[line.kind].spoken) {
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = LABEL[line.kind].spoken;
      item.append(spoken);
    }
    item.append(line.text);
    list.append(item);
  }
  host.dataset.mode = 'text';
  host.replaceChildren(list);
  return { dispose: () => host.replaceChildren() };
}

/** Show `mine` against `solution` in `host`: Monaco's diff editor if asked, else the line list. */
export async function showComparison(
  host: HTMLElement,
  mine: string,
  solution: string,
  useMonaco: boolean,
): Promise<{ summary: string; comparison: Comparison }> {
  const diff = diffLines(mine, solution);
  const summary = describeDiff(diff);
  if (useMonaco) {
    try {
      const { createDiffView } = await import('../../runner/monaco.ts');
      host.dataset.mode = 'monaco';
      host.replaceChildren();
      return {
        summary,
        comparison: await createDiffView(host, {
          original: mine,
          modified: solution,
          originalLabel: 'Your code',
          modifiedLabel: 'Reference solution',
        }),
      };
    } catch {
      // Monaco failed to load: the plain list says the same thing.
    }
  }
  return { summary, comparison: renderLineDiff(host, diff) };
}
