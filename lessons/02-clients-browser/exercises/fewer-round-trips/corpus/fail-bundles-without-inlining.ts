/**
 * @expect fail: On a phone
 * Bundles CSS and JS and preloads the font but inlines nothing: 7 requests after the HTML, one
 * more than 6 connections carry in a round, so a second round.
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
    { name: 'index.html', kind: 'html', files: ['index.html'], parent: null },
    { name: 'styles.css', kind: 'css', files: byKind('css'), parent: 'index.html' },
    { name: 'app.js', kind: 'js', files: byKind('js'), parent: 'index.html' },
    ...site
      .filter((f) => f.kind === 'font' || f.kind === 'image')
      .map((f) => ({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' })),
  ];
}
