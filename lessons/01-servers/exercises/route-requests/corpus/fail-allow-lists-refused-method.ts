/**
 * @expect fail: A known path with the wrong method
 * Answers 405 but fills Allow with every method the server knows, including the refused one.
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
const ALL = 'GET, POST, PUT, DELETE';

export function handle(request: Request): Response {
  const { method, path } = request;
  if (path === '/' || path === '/health') {
    if (method !== 'GET') return { status: 405, headers: { Allow: ALL }, body: null };
    return { status: 200, body: path === '/' ? 'Welcome to the shop' : { ok: true } };
  }
  if (path === '/orders') {
    if (method !== 'POST') return { status: 405, headers: { Allow: ALL }, body: null };
    return { status: 201, body: { id: nextId++, ...request.body } };
  }
  return { status: 404, body: null };
}
