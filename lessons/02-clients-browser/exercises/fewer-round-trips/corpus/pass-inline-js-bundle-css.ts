/**
 * @expect pass
 * The other way round: inlines every script into the HTML and bundles the three stylesheets
 * into one; the font is preloaded from the HTML. Six requests after the HTML.
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
    { name: 'index.html', kind: 'html', files: ['index.html', ...byKind('js')], parent: null },
    { name: 'styles.css', kind: 'css', files: byKind('css'), parent: 'index.html' },
    ...site
      .filter((f) => f.kind === 'font' || f.kind === 'image')
      .map((f) => ({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' })),
  ];
}
