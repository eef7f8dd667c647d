/** The shop's home page as its developers wrote it: many small files and chains of references. */
import type { Kind } from './pageLoad.ts';

/** One file of the site, and the file that refers to it (null for the HTML document). */
export interface SiteFile {
  name: string;
  kind: Kind;
  bytes: number;
  parent: string | null;
}

const KB = 1000;

export const shopFiles: readonly SiteFile[] = [
  { name: 'index.html', kind: 'html', bytes: 30 * KB, parent: null },
  { name: 'reset.css', kind: 'css', bytes: 4 * KB, parent: 'index.html' },
  { name: 'layout.css', kind: 'css', bytes: 18 * KB, parent: 'index.html' },
  { name: 'theme.css', kind: 'css', bytes: 12 * KB, parent: 'index.html' },
  { name: 'brand.woff2', kind: 'font', bytes: 35 * KB, parent: 'theme.css' },
  { name: 'main.js', kind: 'js', bytes: 20 * KB, parent: 'index.html' },
  { name: 'cart.js', kind: 'js', bytes: 15 * KB, parent: 'main.js' },
  { name: 'search.js', kind: 'js', bytes: 25 * KB, parent: 'main.js' },
  { name: 'money.js', kind: 'js', bytes: 5 * KB, parent: 'cart.js' },
  { name: 'debounce.js', kind: 'js', bytes: 2 * KB, parent: 'search.js' },
  { name: 'logo.svg', kind: 'image', bytes: 6 * KB, parent: 'index.html' },
  { name: 'hero.jpg', kind: 'image', bytes: 80 * KB, parent: 'index.html' },
  { name: 'product-1.jpg', kind: 'image', bytes: 30 * KB, parent: 'index.html' },
  { name: 'product-2.jpg', kind: 'image', bytes: 30 * KB, parent: 'index.html' },
];
