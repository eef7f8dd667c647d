/**
 * Every file the course discovers in `lessons/`, for Vite (the build, the page, the Workers): the
 * only `import.meta.glob` over the lessons. Adding a file adds the exercise, simulation or quiz; no
 * list to edit. Every glob is lazy, so a bundle loads only what its caller asks for, one chunk per
 * file (an exercise's checks, a simulation); unused globs are dropped from a bundle. Ids come from
 * `paths.ts`; `node.ts` is the twin for Node (tests, scripts).
 *
 * The globs are typed here, once, with what each file kind exports (`contracts.ts`): callers get
 * typed values and need no casts.
 */
import type { ExerciseChecks } from 'archlab';
import type { AnySimulation } from '../components/simulation/define.ts';
import {
  simulationOf,
  type ChapterQuizFile,
  type ChecksModule,
  type QuizModule,
  type SimulationModule,
} from './contracts.ts';
import {
  chapterIdFromPath,
  exerciseIdFromPath,
  exercisePathHint,
  simulationIdFromPath,
  simulationPathHint,
} from './paths.ts';
import { fail, ok, type Result } from './result.ts';

type Load<T> = () => Promise<T>;

const checks = import.meta.glob<ChecksModule>('/lessons/*/exercises/*/checks.ts');
const starters = import.meta.glob<string>('/lessons/*/exercises/*/starter.ts', {
  query: '?raw',
  import: 'default',
});
const solutions = import.meta.glob<string>('/lessons/*/exercises/*/solution.ts', {
  query: '?raw',
  import: 'default',
});
const simulations = import.meta.glob<SimulationModule>('/lessons/*/simulations/*.ts');
const quizzes = import.meta.glob<QuizModule>('/lessons/*/quiz.ts');

/** The glob's entries keyed by id (built on first use: an unused glob costs nothing). */
function byId<T>(glob: Record<string, Load<T>>, idOf: (path: string) => string) {
  let map: Map<string, { path: string; load: Load<T> }> | undefined;
  return (): Map<string, { path: string; load: Load<T> }> =>
    (map ??= new Map(Object.entries(glob).map(([path, load]) => [idOf(path), { path, load }])));
}

// Marked pure so a bundle that asks for one kind drops the other globs and their chunks: without
// it, a probe build of the sandbox Worker's import emitted every starter, solution and simulation.
const checksById = /* @__PURE__ */ byId(checks, exerciseIdFromPath);
const startersById = /* @__PURE__ */ byId(starters, exerciseIdFromPath);
const solutionsById = /* @__PURE__ */ byId(solutions, exerciseIdFromPath);
const simulationsById = /* @__PURE__ */ byId(simulations, simulationIdFromPath);

async function loadExerciseFile<T>(
  map: Map<string, { load: Load<T> }>,
  id: string,
  file: string,
): Promise<Result<T>> {
  const entry = map.get(id);
  if (!entry) return fail(`no exercise "${id}": expected ${exercisePathHint(id, file)}`);
  return ok(await entry.load());
}

/** Ids (`chapter/slug`) of every exercise that has checks, sorted. */
export function exerciseIds(): string[] {
  return [...checksById().keys()].sort();
}

/** An exercise's checks (one chunk each, loaded on demand). */
export async function loadChecks(id: string): Promise<Result<ExerciseChecks<unknown>>> {
  const mod = await loadExerciseFile(checksById(), id, 'checks.ts');
  return mod.ok ? ok(mod.value.default) : mod;
}

/** An exercise's starter code, as text. */
export function loadStarter(id: string): Promise<Result<string>> {
  return loadExerciseFile(startersById(), id, 'starter.ts');
}

/** An exercise's reference solution, as text. */
export function loadSolution(id: string): Promise<Result<string>> {
  return loadExerciseFile(solutionsById(), id, 'solution.ts');
}

/** Ids (`chapter/name`) of every simulation, sorted. */
export function simulationIds(): string[] {
  return [...simulationsById().keys()].sort();
}

/** A simulation's definition; the message names the file it expected or what the file lacks. */
export async function loadSimulation(id: string): Promise<Result<AnySimulation>> {
  const entry = simulationsById().get(id);
  if (!entry) {
    return fail(
      `no simulation "${id}": expected a file ${simulationPathHint(id)} exporting default defineSimulation({...})`,
    );
  }
  return simulationOf(await entry.load(), entry.path);
}

/** Every chapter's `quiz.ts`, in no particular order (the build only). */
export async function loadQuizzes(): Promise<ChapterQuizFile[]> {
  return Promise.all(
    Object.entries(quizzes).map(async ([path, load]) => ({
      chapter: chapterIdFromPath(path),
      path,
      questions: (await load()).default,
    })),
  );
}
