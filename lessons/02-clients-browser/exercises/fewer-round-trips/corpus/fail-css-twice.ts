/**
 * @expect fail: Every file is delivered
 * Inlines the CSS for the first screen but also keeps the stylesheet bundle "for caching", so
 * the same files travel twice.
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
    {
      name: 'index.html',
      kind: 'html',
      files: ['index.html', ...byKind('css'), ...byKind('js')],
      parent: null,
    },
    { name: 'styles.css', kind: 'css', files: byKind('css'), parent: 'index.html' },
    ...site
      .filter((f) => f.kind === 'font' || f.kind === 'image')
      .map((f) => ({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' })),
  ];
}
