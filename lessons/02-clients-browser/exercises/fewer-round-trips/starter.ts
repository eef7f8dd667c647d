// The shop's home page takes too long on phones: the browser makes a request per file, and some
// files are only discovered when another arrives (a font named in a stylesheet, modules imported by
// a script). On a link with 200 ms round trips every extra round costs a fifth of a second.
// Decide which requests the browser makes so the page loads in under 1 second.
//
// What you may do:
// - bundle several CSS files into one request (kind 'css'), or several JS files into one (kind 'js');
// - inline CSS and JS files into the HTML document (add them to its `files`);
// - refer to any file straight from the HTML (parent 'index.html': a <link rel="preload">).
// Fonts and images stay one file per request. Every file must be delivered exactly once.

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';

/** One file of the site, and the file that refers to it (null for the HTML document). */
export interface SiteFile {
  name: string;
  kind: Kind;
  bytes: number;
  parent: string | null;
}

/** One request the browser will make. */
export interface PlannedRequest {
  /** A unique name, e.g. 'app.js'. The HTML document's request must be named 'index.html'. */
  name: string;
  kind: Kind;
  /** The site files this response contains. */
  files: string[];
  /** The request whose response refers to this one; null for the HTML document. */
  parent: string | null;
}

export function plan(site: SiteFile[]): PlannedRequest[] {
  // TODO: one request per file, each discovered by the file that refers to it: 14 requests and
  // three rounds of them after the HTML.
  return site.map((file) => ({
    name: file.name,
    kind: file.kind,
    files: [file.name],
    parent: file.parent,
  }));
}
