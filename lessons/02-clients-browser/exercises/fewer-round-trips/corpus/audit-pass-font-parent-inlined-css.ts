/**
 * @expect pass
 * Inlines all CSS and JS into the HTML and leaves each font and image with its parent from the site
 * list: the font's parent is theme.css, which now travels inside index.html, so the browser finds
 * the font as soon as the HTML arrives.
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
  // Inline every stylesheet and every script into the HTML; the font and images keep the parent
  // the site list gives them.
  const inlined = site.filter((f) => f.kind === 'css' || f.kind === 'js').map((f) => f.name);
  const requests: PlannedRequest[] = [
    { name: 'index.html', kind: 'html', files: ['index.html', ...inlined], parent: null },
  ];
  for (const f of site) {
    if (f.kind === 'font' || f.kind === 'image') {
      requests.push({ name: f.name, kind: f.kind, files: [f.name], parent: f.parent });
    }
  }
  return requests;
}
