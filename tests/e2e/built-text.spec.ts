/**
 * Words never run into each other in the built pages. Astro's HTML compression drops the line
 * break between a word at the end of a source line and an inline element on the next, so
 * "from the\n<a>course home</a>" read "thecourse home". Checked on every built page's HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const INLINE = '(?:a|strong|em|kbd|abbr|b|i)';
/** A word glued to an opening inline tag: `the<a href…>`. */
const BEFORE = new RegExp(`[A-Za-z0-9]<${INLINE}[\\s>]`, 'g');
/** A closing inline tag glued to a word: `</strong>notifies` (one-letter mnemonics excepted). */
const AFTER = new RegExp(`>([^<>]*)</${INLINE}>[A-Za-z0-9]`, 'g');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Text with scripts, styles and code removed: code may glue tokens to tags on purpose. */
function prose(html: string): string {
  return html
    .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<svg\b[\s\S]*?<\/svg>/g, '');
}

test('no word runs into a link or an emphasis on any built page', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  const glued: string[] = [];
  for (const file of files) {
    const text = prose(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(BEFORE)) {
      glued.push(`${relative(DIST, file)}: …${text.slice(m.index - 30, m.index + 30)}…`);
    }
    for (const m of text.matchAll(AFTER)) {
      if (m[1]!.trim().length <= 1) continue; // <strong>R</strong>ate: a mnemonic's first letter
      glued.push(`${relative(DIST, file)}: …${text.slice(m.index, m.index + 60)}…`);
    }
  }
  expect(glued).toEqual([]);
});
