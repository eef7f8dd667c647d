/**
 * The editor never underlines working code: Monaco's own TypeScript, asked for its diagnostics
 * through the editor's test hook, finds no error in any exercise's starter or solution. It once
 * had no standard library and marked `Record` in the router exercise as unknown (issue 16);
 * tests/unit/editor-types.test.ts checks the same options in Node, this checks what Monaco does.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises, type ExerciseOnDisk } from '../support/exercises.ts';
import { openExercise, setCode } from './support/exercise.ts';

const byChapter = new Map<string, ExerciseOnDisk[]>();
for (const exercise of discoverExercises()) {
  byChapter.set(exercise.chapter, [...(byChapter.get(exercise.chapter) ?? []), exercise]);
}

for (const [chapter, exercises] of byChapter) {
  test(`chapter ${chapter}: Monaco finds no type error in starters or solutions`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + 20_000 * exercises.length);
    let first = true;
    for (const exercise of exercises) {
      await openExercise(page, exercise.id, { navigate: first });
      first = false;
      const errorsIn = async (code: string): Promise<string[]> => {
        await setCode(page, exercise.id, code);
        return page.evaluate(async (id) => {
          const typeErrors = window.__archlabTypeErrors;
          if (!typeErrors) throw new Error('the editor has no type-error hook');
          return typeErrors(id);
        }, exercise.id);
      };
      expect(await errorsIn(exercise.starter), `${exercise.id} starter`).toEqual([]);
      expect(await errorsIn(exercise.solution), `${exercise.id} solution`).toEqual([]);
    }
  });
}
