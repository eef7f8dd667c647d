/** Helpers that turn lesson folder paths into stable ids; shared by the build, the runner and tests. */

/** `01-servers/index.mdx` (or `lessons/01-servers/...`) → `servers`. */
export function chapterSlugFromPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  const folder = parts[0] === 'lessons' ? parts[1] : parts[0];
  if (!folder) throw new Error(`Not a lesson path: ${path}`);
  return folder.replace(/^\d+-/, '');
}

/** `/lessons/01-servers/exercises/route-requests/checks.ts` → `servers/route-requests`. */
export function exerciseIdFromPath(path: string): string {
  const m = /lessons\/\d*-?([^/]+)\/exercises\/([^/]+)\//.exec(path.replace(/\\/g, '/'));
  if (!m?.[1] || !m[2]) throw new Error(`Not an exercise path: ${path}`);
  return `${m[1]}/${m[2]}`;
}
