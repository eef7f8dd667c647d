/**
 * @expect fail: On a phone
 * Inlines the CSS and preloads the font but leaves the scripts as they are, so the import chain
 * main.js → cart.js → money.js still costs two more rounds.
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
  const out: PlannedRequest[] = [
    { name: 'index.html', kind: 'html', files: ['index.html', ...css], parent: null },
  ];
  for (const f of site) {
    if (f.kind === 'js') out.push({ name: f.name, kind: 'js', files: [f.name], parent: f.parent });
    if (f.kind === 'font' || f.kind === 'image')
      out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
  }
  return out;
}
