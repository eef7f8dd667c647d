/** The published chapters in course order: the single source for navigation, home and routes. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'lessons'>;

/** Chapters sorted by `order`; drafts only in dev. */
export async function getChapters(): Promise<Chapter[]> {
  const lessons = await getCollection('lessons', ({ data }) => import.meta.env.DEV || !data.draft);
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** Exercise ids (`chapter/slug`) of a chapter, space-separated for a data attribute. */
export function exerciseIds(chapter: Chapter): string {
  return chapter.data.exercises.map((e) => `${chapter.id}/${e.slug}`).join(' ');
}
