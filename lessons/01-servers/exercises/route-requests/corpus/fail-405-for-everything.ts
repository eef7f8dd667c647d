/**
 * @expect fail: Unknown paths answer 404
 * Answers 405 for anything it does not route, even a path where nothing lives at all.
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
const allowed: Record<string, string> = { '/': 'GET', '/health': 'GET', '/orders': 'POST' };

export function handle(request: Request): Response {
  const route = `${request.method} ${request.path}`;
  if (route === 'GET /') return { status: 200, body: 'Welcome to the shop' };
  if (route === 'GET /health') return { status: 200, body: { ok: true } };
  if (route === 'POST /orders') return { status: 201, body: { id: nextId++, ...request.body } };
  return { status: 405, headers: { Allow: allowed[request.path] ?? 'GET' }, body: null };
}
