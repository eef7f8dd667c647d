import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site the browser tests run against (`npm run build` writes it). */
export const DIST = join(process.cwd(), 'dist');

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    throw new Error(`No built site at ${dir}: run \`npm run build\` before the browser tests.`);
  }
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Every built page as a path relative to the base URL ('' for home, 'learn/servers/', '404.html'),
 * discovered from dist/ so new chapters are covered without editing a list.
 */
export function builtPages(): string[] {
  return htmlFiles(DIST)
    .map((f) => relative(DIST, f).split(sep).join('/'))
    .map((p) => (p === 'index.html' ? '' : p.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/** Built chapter pages ('learn/<slug>/'). */
export function chapterPages(): string[] {
  return builtPages().filter((p) => /^learn\/[^/]+\/$/.test(p));
}

/** Raw HTML of a built page. */
export function builtHtml(page: string): string {
  const file = page === '' || page.endsWith('/') ? `${page}index.html` : page;
  return readFileSync(join(DIST, file), 'utf8');
}

/** Chapter pages that contain at least one quiz. */
export function quizPages(): string[] {
  return chapterPages().filter((p) => builtHtml(p).includes('data-quiz='));
}

/** Resolves when the page's main thread has been idle once after load (scripts and islands started). */
export async function settled(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => resolve(), { timeout: 10_000 });
      }),
  );
}
