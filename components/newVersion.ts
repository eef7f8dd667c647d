/**
 * After a deploy, a page opened before it asks for hashed chunks that no longer exist: the editor
 * never mounts and Run does nothing. When a chunk fails to load while the site itself answers, the
 * learner is told that a new version of the course is out, with one button that saves their code
 * and reloads (issue 16). Offline, nothing is claimed: the callers' own messages speak of the
 * connection.
 */

/** Work to save before the page reloads (each exercise's pending autosave). */
const beforeReloadTasks = new Set<() => void>();
let noticeShown = false;
let watching = false;

/** Run `save` before the notice's reload (an exercise registers its autosave flush). */
export function beforeReload(save: () => void): void {
  beforeReloadTasks.add(save);
}

/**
 * Listen for Vite's `vite:preloadError` (a lazily loaded chunk or its CSS failed). The callers'
 * fallbacks still run: the event is not cancelled. Idempotent.
 */
export function watchForNewVersion(): void {
  if (watching) return;
  watching = true;
  addEventListener('vite:preloadError', (event) => {
    void reportLoadFailure((event as Event & { payload?: unknown }).payload);
  });
}

/**
 * A module, Worker or asset failed to load. If the site is reachable and the file is gone (or the
 * page now names other files), show the new-version notice; true when shown.
 */
export async function reportLoadFailure(error?: unknown, url?: string): Promise<boolean> {
  if (noticeShown) return true;
  if (!(await isNewVersionOut(url ?? failedUrl(error)))) return false;
  if (noticeShown) return true;
  noticeShown = true;
  showNotice();
  return true;
}

/** The URL of the module a failed `import()` names (Chromium and Firefox do; WebKit does not). */
function failedUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /https?:\/\/[^\s'"]+/.exec(message)?.[0];
}

async function isNewVersionOut(url: string | undefined): Promise<boolean> {
  try {
    if (url && new URL(url).origin === location.origin) {
      const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
      if (response.status === 404 || response.status === 410) return true;
    }
    // The file is unnamed (WebKit names none) or there: are this page's own scripts gone?
    const own = scriptsIn(document);
    for (const path of own) {
      const response = await fetch(path, { method: 'HEAD', cache: 'no-store' });
      if (response.status === 404 || response.status === 410) return true;
    }
    // Or does the page as served now load other scripts than this one?
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok) return false;
    const now = scriptsIn(new DOMParser().parseFromString(await response.text(), 'text/html'));
    return now.length > 0 && now.join('\n') !== own.join('\n');
  } catch {
    // Offline or the host is down: not a new version, and the callers say so in their own words.
    return false;
  }
}

function scriptsIn(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')]
    .map((s) => new URL(s.getAttribute('src') ?? '', location.href).pathname)
    .sort();
}

function showNotice(): void {
  const notice = document.createElement('div');
  notice.className = 'new-version';
  notice.setAttribute('role', 'alert');
  notice.dataset.newVersion = '';
  const text = document.createElement('p');
  text.textContent =
    'A new version of the course is out, and this page still asks for the old one. Reload to get it: your code is kept.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    for (const save of beforeReloadTasks) {
      try {
        save();
      } catch {
        // One exercise failing to save must not keep the others from saving, or the reload.
      }
    }
    location.reload();
  });
  notice.append(text, button);
  document.body.append(notice);
}
