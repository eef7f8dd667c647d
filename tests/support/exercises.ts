/** Discover every exercise folder under lessons/, for the unit and browser tests alike. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSlugFromPath } from '../../components/lessonPaths.ts';

/** One exercise on disk. */
export interface ExerciseOnDisk {
  /** `chapter/slug`, as used by `<Exercise id>`. */
  id: string;
  chapter: string;
  dir: string;
  starter: string;
  solution: string;
  checksPath: string;
}

const LESSONS = join(import.meta.dirname, '..', '..', 'lessons');

/** Every `lessons/NN-chapter/exercises/<slug>/` folder with starter, solution and checks. */
export function discoverExercises(): ExerciseOnDisk[] {
  const found: ExerciseOnDisk[] = [];
  for (const lesson of readdirSync(LESSONS).sort()) {
    const exercisesDir = join(LESSONS, lesson, 'exercises');
    if (!existsSync(exercisesDir)) continue;
    const chapter = chapterSlugFromPath(lesson);
    for (const slug of readdirSync(exercisesDir).sort()) {
      const dir = join(exercisesDir, slug);
      const files = ['starter.ts', 'solution.ts', 'checks.ts'].map((f) => join(dir, f));
      const missing = files.filter((f) => !existsSync(f));
      if (missing.length > 0)
        throw new Error(`Exercise ${chapter}/${slug} is missing ${missing.join(', ')}`);
      found.push({
        id: `${chapter}/${slug}`,
        chapter,
        dir,
        starter: readFileSync(files[0]!, 'utf8'),
        solution: readFileSync(files[1]!, 'utf8'),
        checksPath: files[2]!,
      });
    }
  }
  return found;
}
