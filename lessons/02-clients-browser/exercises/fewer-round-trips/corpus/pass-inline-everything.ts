/**
 * @expect pass
 * Inlines all CSS and all JS into the HTML; only the font and the four images remain, all
 * referred to from the HTML.
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
  const html: PlannedRequest = { name: 'index.html', kind: 'html', files: [], parent: null };
  const out: PlannedRequest[] = [html];
  for (const f of site) {
    if (f.kind === 'html' || f.kind === 'css' || f.kind === 'js') html.files.push(f.name);
    else out.push({ name: f.name, kind: f.kind, files: [f.name], parent: 'index.html' });
  }
  return out;
}
