/**
 * @expect pass
 * Inlines the stylesheets into the HTML, bundles the scripts into app.js, and refers to the font
 * and every image straight from the HTML: one round of 6 after the HTML.
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
  const js = site.filter((f) => f.kind === 'js').map((f) => f.name);
  const requests: PlannedRequest[] = [
    { name: 'index.html', kind: 'html', files: ['index.html', ...css], parent: null },
    { name: 'app.js', kind: 'js', files: js, parent: 'index.html' },
  ];
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image') {
      requests.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
    }
  }
  return requests;
}
