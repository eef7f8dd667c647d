/**
 * @expect fail: Every file is delivered
 * Bundles the four images into one "sprite" request, which the exercise does not allow.
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
    { name: 'brand.woff2', kind: 'font', files: ['brand.woff2'], parent: 'index.html' },
    { name: 'sprite.jpg', kind: 'image', files: byKind('image'), parent: 'index.html' },
  ];
}
