/**
 * Every exercise's checks, discovered from the lessons folder and loaded on demand (one chunk per
 * exercise). Adding `lessons/NN-x/exercises/y/checks.ts` adds exercise `x/y`: no list to edit.
 */
import type { ExerciseChecks } from 'archlab';
import { exerciseIdFromPath } from '../components/lessonPaths.ts';

type ChecksModule = { default: ExerciseChecks<unknown> };

const loaders = import.meta.glob<ChecksModule>('/lessons/*/exercises/*/checks.ts');

const byId = new Map<string, () => Promise<ChecksModule>>(
  Object.entries(loaders).map(([path, load]) => [exerciseIdFromPath(path), load]),
);

/** Load an exercise's checks, or undefined for an unknown id. */
export async function loadChecks(exerciseId: string): Promise<ExerciseChecks<unknown> | undefined> {
  const load = byId.get(exerciseId);
  return load ? (await load()).default : undefined;
}
