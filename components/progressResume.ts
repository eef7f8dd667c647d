/**
 * "Continue: <chapter>": points a page's `[data-resume]` link at the chapter opened most recently.
 * The page lists chapters as `[data-progress-chapter="<slug>"]` holding an `h3 a` link to each.
 */
import { lastVisited, loadProgress } from './progress.ts';

/** Show the resume link when a chapter has been opened and the page links to it. */
export function showResumeLink(): void {
  const resume = document.querySelector<HTMLAnchorElement>('[data-resume]');
  const last = lastVisited(loadProgress());
  const card = last && document.querySelector(`[data-progress-chapter="${CSS.escape(last)}"] h3 a`);
  if (resume && card instanceof HTMLAnchorElement) {
    resume.href = card.href;
    resume.textContent = `Continue: ${card.textContent ?? ''}`;
    resume.hidden = false;
  }
}
