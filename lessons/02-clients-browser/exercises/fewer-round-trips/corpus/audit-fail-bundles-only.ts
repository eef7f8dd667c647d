/**
 * @expect fail: On a phone
 * Bundles CSS and JS and preloads the font, but inlines nothing: 7 requests after the HTML need two rounds of 6.
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
  const of = (kind: Kind) => site.filter((f) => f.kind === kind).map((f) => f.name);
  const out: PlannedRequest[] = [
    { name: 'index.html', kind: 'html', files: ['index.html'], parent: null },
    { name: 'app.css', kind: 'css', files: of('css'), parent: 'index.html' },
    { name: 'app.js', kind: 'js', files: of('js'), parent: 'index.html' },
  ];
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image')
      out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
  }
  return out;
}
