/**
 * The site's Content-Security-Policy, sent as a `<meta http-equiv>` because GitHub Pages sets no
 * headers. The one inline script (theme before first paint) is allowed by its sha256, computed here
 * from the very string the layout prints, so the two can never drift. Runs at build time only.
 */
import { createHash } from 'node:crypto';

/**
 * Runs before first paint: a remembered theme applies with no flash, and `js` unlocks enhancements.
 * Plain ES5-ish code on purpose: it is printed verbatim into every page.
 */
export function themeScript(themeKey: string): string {
  return [
    "document.documentElement.classList.add('js');",
    'try {',
    `  var t = localStorage.getItem(${JSON.stringify(themeKey)});`,
    "  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;",
    '} catch (e) {',
    '  // storage blocked: follow the system preference',
    '}',
  ].join('\n');
}

/** CSP source expression for an inline script's exact text, e.g. `'sha256-…'`. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Why each exception exists:
 * - `'wasm-unsafe-eval'`: esbuild-wasm (exercises) and Pagefind (search) compile WebAssembly.
 * - `worker-src blob:`: esbuild-wasm starts its Worker from a Blob URL (same-origin by construction);
 *   Monaco's, the sandbox's and the simulations' Workers are same-origin files (`'self'`).
 * - `style-src 'unsafe-inline'`: Monaco writes `<style>` elements at run time and Astro inlines small
 *   component styles; styles cannot run code, scripts stay hash-or-self only.
 * - `data:` images and fonts: the favicon and Monaco's stylesheet (codicon font, sprites).
 * `frame-ancestors` and `report-uri` are ignored in a meta policy, so they are not listed.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map(scriptHash);
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
