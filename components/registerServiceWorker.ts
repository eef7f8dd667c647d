/**
 * Registers the offline service worker (production builds only: the integration bundles this file
 * to `<base>sw-register.js`, loaded as an external script so a strict CSP allows it). On a first
 * visit it hands the worker the URLs this page loaded before the worker controlled it, so that
 * visit works offline too. `data-offline-ready` on <html> says the page is covered.
 */

/** Injected by the build: the site's base path, ending in '/'. */
declare const __SW_BASE__: string;

const container = navigator.serviceWorker;

async function register(): Promise<void> {
  const controlled = container.controller !== null;
  await container.register(`${__SW_BASE__}sw.js`, { scope: __SW_BASE__ });
  if (!controlled) {
    // From the moment the worker controls the page, every fetch goes through it: what came before
    // is exactly the page's resource timeline at that moment.
    if (!container.controller) {
      await new Promise((resolve) => container.addEventListener('controllerchange', resolve));
    }
    await handOver(container.controller);
  }
  document.documentElement.dataset['offlineReady'] = '';
}

/** Ask the worker to cache this page and what it has loaded; resolves when it is done. */
function handOver(worker: ServiceWorker | null): Promise<unknown> {
  const urls = [
    location.href,
    ...performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(location.origin)),
  ];
  const { port1, port2 } = new MessageChannel();
  const done = new Promise((resolve) => (port1.onmessage = resolve));
  worker?.postMessage({ type: 'cache', urls }, [port2]);
  return done;
}

if ('serviceWorker' in navigator) {
  // After load: installing never competes with the page's own first paint.
  const start = (): void => {
    register().catch(() => {
      // No service worker (private mode, blocked): the site works online as before.
    });
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
