/**
 * @expect fail: On a phone
 * Inlines JS and bundles CSS but leaves the font to be found inside the CSS bundle: a chain, one more round.
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
    { name: 'index.html', kind: 'html', files: ['index.html', ...of('js')], parent: null },
    { name: 'app.css', kind: 'css', files: of('css'), parent: 'index.html' },
  ];
  for (const f of site) {
    if (f.kind === 'font')
      out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'app.css' });
    if (f.kind === 'image')
      out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
  }
  return out;
}
