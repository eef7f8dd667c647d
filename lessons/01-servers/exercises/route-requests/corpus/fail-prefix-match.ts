/**
 * @expect fail: Unknown paths answer 404
 * Matches paths with startsWith, so /health/extra and /orders/17 are taken for known routes.
 */
export interface Request {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

export interface Response {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

let nextId = 1;

export function handle(request: Request): Response {
  const { method, path } = request;
  if (path.startsWith('/health')) {
    return method === 'GET'
      ? { status: 200, body: { ok: true } }
      : { status: 405, headers: { Allow: 'GET' }, body: null };
  }
  if (path.startsWith('/orders')) {
    return method === 'POST'
      ? { status: 201, body: { id: nextId++, ...request.body } }
      : { status: 405, headers: { Allow: 'POST' }, body: null };
  }
  if (path === '/') {
    return method === 'GET'
      ? { status: 200, body: 'Welcome to the shop' }
      : { status: 405, headers: { Allow: 'GET' }, body: null };
  }
  return { status: 404, body: null };
}
