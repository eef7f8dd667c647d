import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterIdFromPath, LESSONS_DIR } from '../course/paths.ts';
import { glossaryEntrySchema } from '../components/glossary.ts';

/** One exercise a chapter holds; its code lives in `exercises/<slug>/` beside the MDX. */
const exerciseSchema = z.strictObject({
  /** Folder name under `exercises/`, kebab-case; the exercise id is `<chapter>/<slug>`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be kebab-case'),
  /** Short title shown above the editor. */
  title: z.string().min(3),
  /** One or two sentences: what the learner must make true. Shown above the editor. */
  goal: z.string().min(10),
  /** Hints revealed one at a time, before the solution. */
  hints: z.array(z.string().min(3)).default([]),
  /** Watchdog: a Run longer than this is stopped (probable infinite loop). */
  timeLimitMs: z.number().int().min(500).max(20_000).default(3000),
});

/** Frontmatter of `lessons/NN-slug/index.mdx`. Invalid frontmatter fails the build naming the file. */
const lessonSchema = z.strictObject({
  /** Chapter title, as shown in navigation and the page heading. */
  title: z.string().min(3),
  /** Position in the course; chapters are listed in ascending order. Must be unique. */
  order: z.number().int().min(0),
  /** One-sentence summary for the chapter list and the page description. */
  summary: z.string().min(10).max(240),
  /** What the learner can do after the chapter; shown at the top of the chapter. */
  objectives: z.array(z.string().min(5)).min(1),
  /** Drafts are built in dev only, never published. */
  draft: z.boolean().default(false),
  /** The exercises placed in this chapter with `<Exercise id="chapter/slug" />`. */
  exercises: z.array(exerciseSchema).default([]),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type ExerciseMeta = z.infer<typeof exerciseSchema>;

export const collections = {
  lessons: defineCollection({
    loader: glob({
      pattern: '*/index.mdx',
      base: `./${LESSONS_DIR}`,
      // `01-servers/index.mdx` → `servers`: the number orders folders, the id is stable.
      generateId: ({ entry }) => chapterIdFromPath(entry),
    }),
    schema: lessonSchema,
  }),
  /** Terms defined once in `lessons/glossary.json` (an array; each entry's id is its slug). */
  glossary: defineCollection({
    loader: file('lessons/glossary.json'),
    schema: glossaryEntrySchema,
  }),
};
