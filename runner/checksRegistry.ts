/**
 * The runner's view of the course: an exercise's checks, loaded on demand (one chunk per
 * exercise) from the course registry, which discovers them in the lessons folder.
 */
import type { ExerciseChecks } from 'archlab';
import { loadChecks as loadFromCourse } from '../course/registry.ts';

/** Load an exercise's checks, or undefined for an unknown id (a failed chunk load rejects). */
export async function loadChecks(exerciseId: string): Promise<ExerciseChecks<unknown> | undefined> {
  const found = await loadFromCourse(exerciseId);
  return found.ok ? found.value : undefined;
}
