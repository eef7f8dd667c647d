/**
 * The editor never underlines working code: Monaco's own TypeScript, asked for its diagnostics
 * through the editor's test hook, finds no error in any exercise's starter or solution. It once
 * had no standard library and marked `Record` in the router exercise as unknown (issue 16);
 * tests/unit/editor-types.test.ts checks the same options in Node, this checks what Monaco does.
 * Every exercise shares one TypeScript worker and one set of options, so one editor on one page
 * checks them all.
 */
import { expect, test } from '@playwright/test';
import { discoverExercises } from '../support/exercises.ts';
import { openExercise, setCode } from './support/exercise.ts';

const EDITOR = 'servers/route-requests';

test('Monaco finds no type error in any starter or solution', async ({ page }) => {
  const exercises = discoverExercises();
  test.setTimeout(60_000 + 2_000 * exercises.length);
  await openExercise(page, EDITOR);
  const errorsIn = async (code: string): Promise<string[]> => {
    await setCode(page, EDITOR, code);
    return page.evaluate(async (id) => {
      const typeErrors = window.__archlabTypeErrors;
      if (!typeErrors) throw new Error('the editor has no type-error hook');
      return typeErrors(id);
    }, EDITOR);
  };
  // The hook sees real errors (an empty list is not a hook that never looks).
  expect(await errorsIn('const n: number = "text";\n')).toEqual([
    "line 1: Type 'string' is not assignable to type 'number'.",
  ]);
  const found: string[] = [];
  for (const exercise of exercises) {
    for (const [kind, code] of [
      ['starter', exercise.starter],
      ['solution', exercise.solution],
    ] as const) {
      for (const error of await errorsIn(code)) found.push(`${exercise.id} ${kind}: ${error}`);
    }
  }
  expect(found).toEqual([]);
});
