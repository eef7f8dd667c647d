// Checks that every internal href/src in a built site resolves to a file, under a base path.
//   node scripts/check-links.mjs --base /architecture-lab/   build there (separate folder), then check
//   node scripts/check-links.mjs --dir dist --no-build       check an existing build at base "/"
// Plain JavaScript so it runs on whichever Node runs it; the Astro build itself needs Node 22.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = opt('--base', '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(
  root,
  opt(
    '--dir',
    join('node_modules', '.cache', 'archlab-links', base.replace(/\W+/g, '_') || 'root'),
  ),
);

if (!args.includes('--no-build')) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--outDir', dir, '--silent'], {
    cwd: root,
    env: { ...process.env, BASE: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function files(d) {
  return readdirSync(d).flatMap((n) => {
    const f = join(d, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

/** Site path of a built file, e.g. learn/servers/index.html → /architecture-lab/learn/servers/ */
function pageUrl(file) {
  const rel = relative(dir, file).split(sep).join('/');
  return new URL(base + rel.replace(/(^|\/)index\.html$/, '$1'), 'http://site.invalid');
}

function exists(pathname) {
  if (!pathname.startsWith(base)) return false;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [`${rel}index.html`]
      : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.some((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}

const pages = files(dir).filter((f) => f.endsWith('.html'));
const broken = [];
let count = 0;
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const from = pageUrl(file);
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = m[1].replace(/&amp;/g, '&');
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(raw) && !raw.startsWith('http://site.invalid'))
      continue;
    const url = new URL(raw, from);
    count++;
    if (!exists(url.pathname)) broken.push(`${from.pathname} → ${raw}`);
  }
}

if (pages.length === 0) broken.push(`no HTML pages in ${dir}`);
for (const b of broken) console.error(`broken: ${b}`);
console.log(
  `${pages.length} pages, ${count} internal links at base ${base}: ${broken.length} broken`,
);
process.exit(broken.length ? 1 : 0);
