/**
 * What each kind of lesson file exports, written once: the registry (Vite) and its Node twin type
 * the files they load with these, so no caller casts. The types belong to the code that consumes
 * them (engine, components); they are imported here as types only, erased at build.
 */
import type { ExerciseChecks } from 'archlab';
import type { AnySimulation } from '../components/simulation/define.ts';
import type { QuizQuestion } from '../components/quiz.ts';
import { fail, ok, type Result } from './result.ts';

/** `exercises/<slug>/checks.ts`: `export default defineChecks({...})`. */
export interface ChecksModule {
  default: ExerciseChecks<unknown>;
}

/** `simulations/<name>.ts`: `export default defineSimulation({...})`, its parameter types erased. */
export interface SimulationModule {
  default: AnySimulation;
}

/** `quiz.ts`: the questions, validated by the build (`components/quiz.ts`). */
export interface QuizModule {
  default: QuizQuestion[];
}

/** One chapter's quiz as its file exports it (validate it with `validateQuiz`). */
export interface ChapterQuizFile {
  chapter: string;
  path: string;
  questions: QuizQuestion[];
}

/**
 * A simulation module's definition. A module's type is a promise the file must keep: check the
 * minimum the widget relies on, so a file that exports something else fails naming itself.
 */
export function simulationOf(mod: SimulationModule, path: string): Result<AnySimulation> {
  const def = mod.default as Partial<AnySimulation> | undefined;
  if (!def || typeof def.run !== 'function' || !Array.isArray(def.controls)) {
    return fail(`${path} must export default defineSimulation({...})`);
  }
  return ok(mod.default);
}
