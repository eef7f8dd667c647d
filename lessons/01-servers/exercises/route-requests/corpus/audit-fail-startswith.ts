/**
 * @expect fail: Unknown paths answer 404
 * Matches paths by prefix, so /healthz or /orders/archive are served as if they were /health and
 * /orders instead of 404.
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

let count = 0;

export function handle(request: Request): Response {
  if (request.path.startsWith('/health')) {
    if (request.method === 'GET') return { status: 200, body: { ok: true } };
    return { status: 405, headers: { Allow: 'GET' }, body: '' };
  }
  if (request.path.startsWith('/orders')) {
    if (request.method === 'POST') return { status: 201, body: { id: ++count, ...request.body } };
    return { status: 405, headers: { Allow: 'POST' }, body: '' };
  }
  if (request.path === '/') {
    if (request.method === 'GET') return { status: 200, body: 'Welcome' };
    return { status: 405, headers: { Allow: 'GET' }, body: '' };
  }
  return { status: 404, body: 'Not Found' };
}
