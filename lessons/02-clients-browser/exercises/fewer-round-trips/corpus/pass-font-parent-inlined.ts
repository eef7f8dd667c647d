/**
 * @expect pass
 * Inlines the CSS and bundles the JS, and leaves the font referred to by theme.css, now inlined in
 * index.html: the reference arrives with the HTML, so the font is found in the first round, and
 * the checks read the parent as the request that carries theme.css.
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
  const byKind = (k: Kind) => site.filter((f) => f.kind === k).map((f) => f.name);
  return [
    { name: 'index.html', kind: 'html', files: ['index.html', ...byKind('css')], parent: null },
    { name: 'app.js', kind: 'js', files: byKind('js'), parent: 'index.html' },
    ...site
      .filter((f) => f.kind === 'font' || f.kind === 'image')
      .map((f) => ({ name: f.name, kind: f.kind, files: [f.name], parent: f.parent })),
  ];
}
