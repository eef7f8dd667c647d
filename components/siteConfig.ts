/**
 * Site-wide settings read at build time. A teacher's fork sets PUBLIC_REPO_URL (the deploy workflow
 * does it from the repository it runs in) so "Edit this page" points at their copy.
 */

/** Repository holding the lessons, without a trailing slash. */
export const repoUrl: string = (
  (import.meta.env['PUBLIC_REPO_URL'] as string | undefined) ||
  'https://github.com/architecture-lab/architecture-lab'
).replace(/\/+$/, '');

/** Branch the edit links open. */
export const repoBranch: string =
  (import.meta.env['PUBLIC_REPO_BRANCH'] as string | undefined) || 'main';

/** "Edit this page" URL for a file path relative to the repository root (e.g. an entry's `filePath`). */
export function editUrl(filePath: string): string {
  const path = filePath.replace(/\\/g, '/').replace(/^\.?\//, '');
  return `${repoUrl}/edit/${repoBranch}/${path}`;
}

/** A site-internal URL that respects the configured base path: `href('learn/servers/')`. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export const siteTitle = 'Architecture Lab';
