/**
 * @expect fail: Every file is delivered exactly once
 * Inlines the CSS and bundles only the scripts the HTML and main.js name (main, cart, search), forgetting the imports of imports (money.js, debounce.js).
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
  const out: PlannedRequest[] = [
    {
      name: 'index.html',
      kind: 'html',
      files: ['index.html', 'reset.css', 'layout.css', 'theme.css'],
      parent: null,
    },
    {
      name: 'app.js',
      kind: 'js',
      files: ['main.js', 'cart.js', 'search.js'],
      parent: 'index.html',
    },
  ];
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image')
      out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
  }
  return out;
}
