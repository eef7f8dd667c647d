/**
 * @expect pass
 * Groups by kind from the site list: CSS inlined into the HTML (the first screen needs it), all JS in one bundle, fonts and images preloaded from the HTML.
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
  const names = (kind: Kind) => site.filter((f) => f.kind === kind).map((f) => f.name);
  const html = site.find((f) => f.kind === 'html');
  if (!html) throw new Error('no html');
  const requests: PlannedRequest[] = [
    { name: 'index.html', kind: 'html', files: [html.name, ...names('css')], parent: null },
    { name: 'bundle.js', kind: 'js', files: names('js'), parent: 'index.html' },
  ];
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image') {
      requests.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
    }
  }
  return requests;
}
