/**
 * The progress page's script: fills the server-rendered chapter list with the learner's state,
 * and wires "Download my progress" and the import file input. Text only, never HTML.
 */
import { lastAttempt, loadProgress, PROGRESS_EVENT, type Progress } from './progress.ts';
import {
  describeImport,
  exportFileName,
  mergeSnapshots,
  sizeProblem,
  type Known,
} from './progressExport.ts';
import { showResumeLink } from './progressResume.ts';
import { watchProgressMarks } from './progressMarks.ts';
import { readSnapshot, writeSnapshot } from './progressStore.ts';
import { storageAvailable } from './storage.ts';

const $ = <T extends HTMLElement>(sel: string, root: ParentNode = document) =>
  root.querySelector<T>(sel);

function setText(el: HTMLElement | null, text: string, state?: string): void {
  if (!el) return;
  el.textContent = text;
  if (state) el.dataset['state'] = state;
}

/** The chapters and exercises the page lists, i.e. this version of the course. */
function knownFromPage(): Known {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
  return {
    chapters: new Set(cards.map((c) => c.dataset['progressChapter'] ?? '')),
    exercises: new Set(
      cards.flatMap((c) => (c.dataset['exercises'] ?? '').split(/\s+/).filter(Boolean)),
    ),
  };
}

function render(p: Progress): void {
  let read = 0;
  let passed = 0;
  let quizzes = 0;
  for (const card of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const chapter = card.dataset['progressChapter'] ?? '';
    const isRead = chapter in p.visited;
    if (isRead) read++;
    setText($('[data-read]', card), isRead ? 'Read' : 'Not opened yet', String(isRead));

    const ids = (card.dataset['exercises'] ?? '').split(/\s+/).filter(Boolean);
    const done = ids.filter((id) => id in p.exercises).length;
    passed += done;
    setText($('[data-exercises-passed]', card), `${done} of ${ids.length} passed`);
    for (const el of card.querySelectorAll<HTMLElement>('[data-exercise-state]')) {
      const ok = (el.dataset['exerciseState'] ?? '') in p.exercises;
      setText(el, ok ? '✓ Passed' : 'Not passed yet', String(ok));
    }

    const score = p.quizzes[chapter];
    if (score) quizzes++;
    const last = score && lastAttempt(score);
    setText(
      $('[data-quiz-score]', card),
      score && last
        ? `best ${score.correct} of ${score.total} · last ${last.correct} of ${last.total}`
        : 'Not taken yet',
    );
  }
  const totals: Record<string, number> = { read, exercises: passed, quizzes };
  for (const el of document.querySelectorAll<HTMLElement>('[data-total]')) {
    setText(el, `${totals[el.dataset['total'] ?? ''] ?? 0} of ${el.dataset['of'] ?? '?'}`);
  }
  showResumeLink();
}

/** Show one outcome: success in the status region, a problem in the alert region. */
function report(message: string, problem: boolean): void {
  setText($('[data-import-status]'), problem ? '' : message);
  setText($('[data-import-error]'), problem ? message : '');
}

/** Validation of progress files (zod): loaded when a file is made or read, not with the page. */
const progressFile = () => import('./progressFile.ts');

async function download(known: Known, base: string): Promise<void> {
  const { buildExport } = await progressFile();
  const now = new Date();
  const site = new URL(base, location.href).href;
  const file = buildExport(readSnapshot(known.exercises), known, site, now);
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(now);
  a.click();
  // Revoking at once can cancel the download in some browsers; a while later it is long done.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  report(`Downloaded ${a.download}.`, false);
}

async function importFile(file: File, known: Known): Promise<void> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return report(tooBig, true);
  const { parseExport } = await progressFile();
  const parsed = parseExport(await file.text(), known);
  if (!parsed.ok) return report(parsed.message, true);
  const before = readSnapshot(known.exercises);
  const { merged, report: r } = mergeSnapshots(before, parsed.value.data);
  if (!writeSnapshot(merged, before)) {
    return report(
      'This browser would not save the imported data (storage is full or blocked), so nothing was imported.',
      true,
    );
  }
  report(describeImport(r, parsed.value.ignored), false);
}

/** Start the page: render now and on every change, and wire export and import. */
export function startProgressPage(): void {
  const known = knownFromPage();
  const refresh = () => render(loadProgress());
  refresh();
  watchProgressMarks();
  window.addEventListener(PROGRESS_EVENT, refresh);
  window.addEventListener('storage', refresh);

  const exportButton = $('[data-export]');
  exportButton?.addEventListener('click', () => {
    download(known, exportButton.dataset['base'] ?? '/').catch(() =>
      report('The progress file could not be made. Reload the page and try again.', true),
    );
  });
  const input = $<HTMLInputElement>('[data-import]');
  if (!storageAvailable()) {
    if (input) input.disabled = true;
    report(
      'This browser is not saving progress (private mode or storage blocked), so there is nothing to show and importing is turned off.',
      true,
    );
    return;
  }
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    importFile(file, known)
      .catch(() => report('The file could not be read. Nothing was imported.', true))
      .finally(() => {
        // Allows choosing the same file again after fixing it.
        input.value = '';
      });
  });
}
