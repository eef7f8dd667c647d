/**
 * No built chunk imports from a Worker's entry chunk. WebKit evaluates a module Worker's entry a
 * second time when a chunk it loaded imports it back, so the sandbox's top level (lock-down, the
 * message listener) ran twice and each exercise's checks got a second copy of the engine: every
 * failed check read "Your code threw: CheckFailure" in Safari (issue 16). Shared code belongs in a
 * shared chunk (astro.config.mjs, `worker.rolldownOptions`). Read from the built files in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support/site.ts';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `new Worker(new URL("…/name.js", import.meta.url)` as Vite writes it. */
const WORKER_URL = /new\s+(?:Shared)?Worker\s*\(\s*new\s+URL\s*\(\s*["'`]([^"'`]+\.js)["'`]/g;

test('no chunk imports from a Worker entry chunk', () => {
  const files = jsFiles(DIST);
  const sources = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const entries = new Set<string>();
  for (const code of sources.values()) {
    for (const m of code.matchAll(WORKER_URL)) entries.add(m[1]!.split('/').pop()!);
  }
  // The sandbox and Monaco's two workers at least: the pattern still finds Vite's output.
  expect([...entries].some((name) => name.startsWith('sandbox.worker'))).toBe(true);
  const importsBack: string[] = [];
  for (const entry of entries) {
    const imports = new RegExp(
      `(?:\\bfrom|\\bimport)\\s*\\(?\\s*["'\`][^"'\`]*/${escape(entry)}["'\`]`,
    );
    for (const [file, code] of sources) {
      if (imports.test(code)) importsBack.push(`${file.slice(DIST.length + 1)} imports ${entry}`);
    }
  }
  expect(importsBack).toEqual([]);
});
