/**
 * The one place that knows how lesson folders map to ids and back. A chapter lives in
 * `lessons/NN-slug/` (NN orders the course, the id is `slug`, so renumbering changes no id, URL or
 * saved progress); its exercises are `chapter/slug` (`exercises/<slug>/`), its simulations
 * `chapter/name` (`simulations/<name>.ts`). Pure string functions: no fs, no Vite, so the build,
 * the page, the Workers, Node scripts and tests all share them.
 */
import type { Result } from './result.ts';

/** The lessons root, relative to the repository (and as Vite's root-relative glob sees it). */
export const LESSONS_DIR = 'lessons';

/** An id part: kebab-case, as folder names and URLs use it. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `NN-slug`: the number orders the course, the rest is the chapter id. */
const CHAPTER_FOLDER = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A chapter folder's parts, or undefined for anything else (`glossary.json`, `README.md`). */
export function parseChapterFolder(folder: string): { order: number; chapter: string } | undefined {
  const m = CHAPTER_FOLDER.exec(folder);
  return m?.[1] && m[2] ? { order: Number(m[1]), chapter: m[2] } : undefined;
}

/** Is this directory name a chapter folder (`01-servers`)? */
export function isChapterFolder(folder: string): boolean {
  return parseChapterFolder(folder) !== undefined;
}

/** Chapter folders in course order: by number, then by name. */
export function byCourseOrder(a: string, b: string): number {
  const pa = parseChapterFolder(a);
  const pb = parseChapterFolder(b);
  return (pa?.order ?? Infinity) - (pb?.order ?? Infinity) || a.localeCompare(b);
}

/** What a path under `lessons/` is, with the chapter id and the file's own id where it has one. */
export type LessonFile =
  | { kind: 'chapter'; chapter: string; folder: string; rest: string }
  | { kind: 'exercise'; chapter: string; folder: string; id: string; file: string }
  | { kind: 'simulation'; chapter: string; folder: string; id: string }
  | { kind: 'quiz'; chapter: string; folder: string };

/** Path segments after the lessons root; accepts `/lessons/…`, `lessons/…`, `…/repo/lessons/…`, `NN-x/…`. */
function segmentsUnderLessons(path: string): string[] {
  const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
  const root = parts.lastIndexOf(LESSONS_DIR);
  return root >= 0 ? parts.slice(root + 1) : parts;
}

/**
 * Parse a path inside a chapter folder. Accepts the forms Vite's globs, Astro's loaders and Node
 * give: `/lessons/01-servers/quiz.ts`, `lessons/01-servers/…`, an absolute path, or `01-servers/…`.
 */
export function parseLessonPath(path: string): Result<LessonFile> {
  const [folder = '', ...rest] = segmentsUnderLessons(path);
  const parsed = parseChapterFolder(folder);
  if (!parsed) {
    return {
      ok: false,
      message: `Not a lesson path: ${path} (expected ${LESSONS_DIR}/NN-chapter/…)`,
    };
  }
  const { chapter } = parsed;
  const [dir, name, file] = rest;
  if (dir === 'exercises' && name && SLUG.test(name) && file) {
    return {
      ok: true,
      value: {
        kind: 'exercise',
        chapter,
        folder,
        id: `${chapter}/${name}`,
        file: rest.slice(2).join('/'),
      },
    };
  }
  if (dir === 'simulations' && rest.length === 2 && name?.endsWith('.ts')) {
    const sim = name.slice(0, -'.ts'.length);
    if (SLUG.test(sim)) {
      return { ok: true, value: { kind: 'simulation', chapter, folder, id: `${chapter}/${sim}` } };
    }
  }
  if (rest.length === 1 && dir === 'quiz.ts') {
    return { ok: true, value: { kind: 'quiz', chapter, folder } };
  }
  return { ok: true, value: { kind: 'chapter', chapter, folder, rest: rest.join('/') } };
}

function expectKind<K extends LessonFile['kind']>(
  path: string,
  kind: K,
  what: string,
): Extract<LessonFile, { kind: K }> {
  const r = parseLessonPath(path);
  if (r.ok && r.value.kind === kind) return r.value as Extract<LessonFile, { kind: K }>;
  throw new Error(`Not ${what} path: ${path}`);
}

/** `01-servers/index.mdx`, `lessons/01-servers/…` or `/abs/lessons/01-servers/…` → `servers`. */
export function chapterIdFromPath(path: string): string {
  const r = parseLessonPath(path);
  if (!r.ok) throw new Error(r.message);
  return r.value.chapter;
}

/** `/lessons/01-servers/exercises/route-requests/checks.ts` → `servers/route-requests`. */
export function exerciseIdFromPath(path: string): string {
  return expectKind(path, 'exercise', 'an exercise').id;
}

/** `/lessons/01-servers/simulations/one-server.ts` → `servers/one-server`. */
export function simulationIdFromPath(path: string): string {
  return expectKind(path, 'simulation', 'a simulation').id;
}

/** `chapter/slug` (an exercise) or `chapter/name` (a simulation), split and checked. */
export function parseItemId(id: unknown): Result<{ chapter: string; slug: string }> {
  const [chapter, slug, ...more] = typeof id === 'string' ? id.split('/') : [];
  if (!chapter || !slug || more.length > 0 || !SLUG.test(chapter) || !SLUG.test(slug)) {
    return {
      ok: false,
      message: `the id ${JSON.stringify(id)} must look like "chapter/name" in kebab-case, e.g. "servers/route-requests"`,
    };
  }
  return { ok: true, value: { chapter, slug } };
}

/** `servers` + `route-requests` → `servers/route-requests`. */
export function itemId(chapter: string, slug: string): string {
  return `${chapter}/${slug}`;
}

/** Where an exercise's file must live, for messages: `lessons/NN-servers/exercises/x/starter.ts`. */
export function exercisePathHint(id: string, file = ''): string {
  const [chapter = '?', slug = '?'] = id.split('/');
  return `${LESSONS_DIR}/NN-${chapter}/exercises/${slug}/${file}`;
}

/** Where a simulation must live, for messages: `lessons/NN-servers/simulations/one-server.ts`. */
export function simulationPathHint(id: string): string {
  const [chapter = '?', name = '?'] = id.split('/');
  return `${LESSONS_DIR}/NN-${chapter}/simulations/${name}.ts`;
}

/** A chapter's page, relative to the site's base: `learn/servers/` (with `#section` when given). */
export function chapterPath(chapter: string, section = ''): string {
  return `learn/${chapter}/${section ? `#${encodeURIComponent(section)}` : ''}`;
}

/** The anchor of an exercise on its chapter's page: `servers/route-requests` → `exercise-servers-route-requests`. */
export function exerciseAnchor(id: string): string {
  return `exercise-${id.replace('/', '-')}`;
}
