/**
 * The registry's twin for Node (unit tests, scripts): the same discovery from the file system, by
 * the same rule (`paths.ts`), so tests and scripts name chapters and files by id and never by
 * folder number. Node only: the page and the Workers use `registry.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnySimulation } from '../components/simulation/define.ts';
import type { QuizQuestion } from '../components/quiz.ts';
import {
  simulationOf,
  type ChapterQuizFile,
  type QuizModule,
  type SimulationModule,
} from './contracts.ts';
import {
  byCourseOrder,
  exercisePathHint,
  itemId,
  LESSONS_DIR,
  parseChapterFolder,
  parseItemId,
  SLUG,
  simulationPathHint,
} from './paths.ts';
import { fail, ok, unwrap, type Result } from './result.ts';

/** `lessons/` of this repository. Scripts may point elsewhere (a copy, a fixture). */
export const LESSONS_ROOT = join(import.meta.dirname, '..', LESSONS_DIR);

/** A chapter folder on disk. */
export interface ChapterOnDisk {
  /** The chapter id (`servers`): URL, progress key, `<Quiz id>`. */
  id: string;
  /** The folder name (`01-servers`). */
  folder: string;
  /** Position in the course (the folder's number). */
  order: number;
  /** Absolute path of the folder. */
  dir: string;
}

/** Every chapter folder (`NN-slug` holding an `index.mdx`), in course order. */
export function chapters(root = LESSONS_ROOT): ChapterOnDisk[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.mdx')))
    .map((d) => d.name)
    .sort(byCourseOrder)
    .flatMap((folder) => {
      const parsed = parseChapterFolder(folder);
      return parsed
        ? [{ id: parsed.chapter, folder, order: parsed.order, dir: join(root, folder) }]
        : [];
    });
}

/** A chapter by id (`load-balancers`) or folder name (`06-load-balancers`). */
export function findChapter(idOrFolder: string, root = LESSONS_ROOT): Result<ChapterOnDisk> {
  const all = chapters(root);
  const found = all.find((c) => c.id === idOrFolder || c.folder === idOrFolder);
  if (found) return ok(found);
  return fail(`Unknown chapter "${idOrFolder}". Chapters: ${all.map((c) => c.id).join(', ')}.`);
}

/** Absolute path of a file in a chapter, by chapter id: `lessonFile('servers', 'index.mdx')`. */
export function lessonFile(chapter: string, ...rest: string[]): string {
  return join(unwrap(findChapter(chapter)).dir, ...rest);
}

/** One exercise folder on disk. */
export interface ExerciseOnDisk {
  /** `chapter/slug`, as used by `<Exercise id>`. */
  id: string;
  chapter: string;
  slug: string;
  dir: string;
  starterPath: string;
  solutionPath: string;
  checksPath: string;
}

/** Every `exercises/<slug>/` folder of every chapter, in course order; each must hold all three files. */
export function exercises(root = LESSONS_ROOT): ExerciseOnDisk[] {
  return chapters(root).flatMap((c) => {
    const exercisesDir = join(c.dir, 'exercises');
    if (!existsSync(exercisesDir)) return [];
    return readdirSync(exercisesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && SLUG.test(d.name))
      .map((d) => d.name)
      .sort()
      .map((slug) => {
        const dir = join(exercisesDir, slug);
        const id = itemId(c.id, slug);
        const [starterPath, solutionPath, checksPath] = [
          'starter.ts',
          'solution.ts',
          'checks.ts',
        ].map((f) => join(dir, f)) as [string, string, string];
        const missing = [starterPath, solutionPath, checksPath].filter((f) => !existsSync(f));
        if (missing.length > 0) throw new Error(`Exercise ${id} is missing ${missing.join(', ')}`);
        return { id, chapter: c.id, slug, dir, starterPath, solutionPath, checksPath };
      });
  });
}

/** One exercise by id; the message names the folder it expected. */
export function findExercise(id: string, root = LESSONS_ROOT): Result<ExerciseOnDisk> {
  const parsed = parseItemId(id);
  if (!parsed.ok) return parsed;
  const found = exercises(root).find((e) => e.id === id);
  return found ? ok(found) : fail(`no exercise "${id}": expected ${exercisePathHint(id)}`);
}

/** An exercise's starter, solution or checks source, by exercise id. */
export function exerciseSource(id: string, file: 'starter' | 'solution' | 'checks'): string {
  const e = unwrap(findExercise(id));
  return readFileSync(
    { starter: e.starterPath, solution: e.solutionPath, checks: e.checksPath }[file],
    'utf8',
  );
}

/** One simulation file on disk. */
export interface SimulationOnDisk {
  /** `chapter/name`, as used by `<Simulation id>`. */
  id: string;
  chapter: string;
  path: string;
}

/** Every `simulations/<name>.ts` of every chapter, in course order. */
export function simulations(root = LESSONS_ROOT): SimulationOnDisk[] {
  return chapters(root).flatMap((c) => {
    const dir = join(c.dir, 'simulations');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && SLUG.test(f.slice(0, -3)))
      .sort()
      .map((f) => ({ id: itemId(c.id, f.slice(0, -3)), chapter: c.id, path: join(dir, f) }));
  });
}

/** A simulation's definition by id (the same check as the registry's). */
export async function loadSimulation(id: string, root = LESSONS_ROOT): Promise<AnySimulation> {
  const file = simulations(root).find((s) => s.id === id);
  if (!file) {
    throw new Error(
      `no simulation "${id}": expected a file ${simulationPathHint(id)} exporting default defineSimulation({...})`,
    );
  }
  const mod = (await import(pathToFileURL(file.path).href)) as SimulationModule;
  return unwrap(simulationOf(mod, file.path));
}

/** Every simulation with its definition, in course order. */
export async function loadSimulations(
  root = LESSONS_ROOT,
): Promise<(SimulationOnDisk & { def: AnySimulation })[]> {
  return Promise.all(
    simulations(root).map(async (s) => ({ ...s, def: await loadSimulation(s.id, root) })),
  );
}

/** Every chapter's `quiz.ts`, in course order. */
export async function loadQuizzes(root = LESSONS_ROOT): Promise<ChapterQuizFile[]> {
  const out: ChapterQuizFile[] = [];
  for (const c of chapters(root)) {
    const path = join(c.dir, 'quiz.ts');
    if (!existsSync(path)) continue;
    const mod = (await import(pathToFileURL(path).href)) as QuizModule;
    out.push({ chapter: c.id, path, questions: mod.default });
  }
  return out;
}

/** One chapter's quiz questions, by chapter id. */
export async function loadQuiz(chapter: string, root = LESSONS_ROOT): Promise<QuizQuestion[]> {
  const path = join(unwrap(findChapter(chapter, root)).dir, 'quiz.ts');
  if (!existsSync(path)) throw new Error(`chapter "${chapter}" has no quiz.ts`);
  return ((await import(pathToFileURL(path).href)) as QuizModule).default;
}
