/**
 * @expect fail: A known path with the wrong method
 * Answers 405 for the wrong method but forgets the Allow header that says which methods work.
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
const known = ['/', '/health', '/orders'];

export function handle(request: Request): Response {
  const route = `${request.method} ${request.path}`;
  if (route === 'GET /') return { status: 200, body: 'Welcome to the shop' };
  if (route === 'GET /health') return { status: 200, body: { ok: true } };
  if (route === 'POST /orders') return { status: 201, body: { id: nextId++, ...request.body } };
  if (known.includes(request.path)) return { status: 405, body: 'Method Not Allowed' };
  return { status: 404, body: 'Not Found' };
}
