/**
 * @expect fail: Every file is delivered
 * Bundles only the scripts main.js imports directly and drops debounce.js as "too small to matter".
 */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';

export interface SiteFile {
  name: string;
  kind: Kind;
  bytes: number;
  parent: string | null;
}

export interface PlannedRequest {
  name: string;
  kind: Kind;
  files: string[];
  parent: string | null;
}

export function plan(site: SiteFile[]): PlannedRequest[] {
  const css = site.filter((f) => f.kind === 'css').map((f) => f.name);
  return [
    { name: 'index.html', kind: 'html', files: ['index.html', ...css], parent: null },
    {
      name: 'app.js',
      kind: 'js',
      files: ['main.js', 'cart.js', 'search.js', 'money.js'],
      parent: 'index.html',
    },
    ...site
      .filter((f) => f.kind === 'font' || f.kind === 'image')
      .map((f) => ({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' })),
  ];
}
