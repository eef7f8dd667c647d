/**
 * The questions the Review page can ask: every quiz question of every published chapter, keyed
 * `chapter/questionId`. Built at build time and embedded in the page as JSON, so the page works
 * offline from its cached HTML alone.
 */
import type { QuizQuestion } from '../quiz.ts';
import { chapterPath } from '../../course/paths.ts';
import { reviewKey } from './state.ts';

/** One question as the Review page needs it. */
export interface ReviewItem {
  key: string;
  chapter: string;
  chapterTitle: string;
  q: QuizQuestion;
}

/** The page's embedded data. */
export interface ReviewCatalogue {
  /** Site base path ending in '/', for links back to chapters. */
  base: string;
  items: ReviewItem[];
}

/** Id of the `<script type="application/json">` that carries the catalogue. */
export const CATALOGUE_ID = 'review-catalogue';

/** Items for the chapters in course order; a chapter without a quiz has none. */
export function buildCatalogue(
  chapters: readonly { id: string; title: string }[],
  quizzes: Readonly<Record<string, readonly QuizQuestion[]>>,
): ReviewItem[] {
  return chapters.flatMap((c) =>
    (quizzes[c.id] ?? []).map((q) => ({
      key: reviewKey(c.id, q.id),
      chapter: c.id,
      chapterTitle: c.title,
      q,
    })),
  );
}

/**
 * JSON safe inside a <script> element: `<` is escaped so no text in a question can close the
 * element early (`</script>`) or open a comment.
 */
export function catalogueJson(catalogue: ReviewCatalogue): string {
  return JSON.stringify(catalogue).replace(/</g, '\\u003c');
}

/** `learn/servers/#queueing`, relative to the base; no fragment when the section is unknown. */
export function sectionPath(item: Pick<ReviewItem, 'chapter' | 'q'>): string {
  return chapterPath(item.chapter, item.q.section.trim());
}
