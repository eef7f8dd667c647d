/**
 * @expect fail: Unknown paths answer 404
 * Falls back to the home page for anything it does not recognise, like a single-page app would.
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
  if (request.method === 'GET' && request.path === '/health')
    return { status: 200, body: { ok: true } };
  if (request.method === 'POST' && request.path === '/orders')
    return { status: 201, body: { id: nextId++, ...request.body } };
  if (request.path === '/orders') return { status: 405, headers: { Allow: 'POST' }, body: null };
  return { status: 200, body: 'Welcome to the shop' };
}
