/**
 * @expect fail: Every file is delivered exactly once
 * Inlines everything, images and font included, into one giant HTML response: only CSS and JS may be inlined.
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
  return [{ name: 'index.html', kind: 'html', files: site.map((f) => f.name), parent: null }];
}
