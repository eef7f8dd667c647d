/**
 * Client-side progress marks. Any element with `data-progress-chapter="<slug>"` and
 * `data-exercises="<chapter/slug> …"` gets its `.done-mark` shown when the chapter is done, and its
 * `[data-progress-text]` filled with a short summary. A chapter is done when every exercise listed in
 * its frontmatter is passed; a chapter without exercises is done once it has been opened.
 */
import { loadProgress, PROGRESS_EVENT, type Progress } from './progress.ts';

function summary(p: Progress, chapter: string, ids: string[]): { done: boolean; text: string } {
  const passed = ids.filter((id) => id in p.exercises).length;
  const quiz = p.quizzes[chapter];
  const parts: string[] = [];
  if (ids.length > 0) parts.push(`${passed} of ${ids.length} exercises passed`);
  if (quiz) parts.push(`quiz ${quiz.correct}/${quiz.total}`);
  const done = ids.length > 0 ? passed === ids.length : chapter in p.visited;
  if (parts.length === 0) parts.push(done ? 'Read' : 'Not started');
  return { done, text: parts.join(' · ') };
}

/** Update every mark now, and again whenever progress changes (also from another tab). */
export function watchProgressMarks(): void {
  const apply = (): void => {
    const p = loadProgress();
    for (const el of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
      const chapter = el.dataset['progressChapter'] ?? '';
      const ids = (el.dataset['exercises'] ?? '').split(/\s+/).filter(Boolean);
      const { done, text } = summary(p, chapter, ids);
      el.dataset['done'] = String(done);
      el.querySelector<HTMLElement>('.done-mark')?.toggleAttribute('hidden', !done);
      const t = el.querySelector<HTMLElement>('[data-progress-text]');
      if (t) t.textContent = text;
    }
  };
  apply();
  window.addEventListener(PROGRESS_EVENT, apply);
  window.addEventListener('storage', apply);
}
