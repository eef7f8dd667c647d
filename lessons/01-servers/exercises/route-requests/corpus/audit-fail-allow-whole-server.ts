/**
 * @expect fail: A known path with the wrong method answers 405
 * Answers 405 at the right time but puts every method the server knows in Allow, including the one
 * it has just refused (POST /health → Allow: GET, POST).
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

let id = 0;
const paths = ['/', '/health', '/orders'];

export function handle(request: Request): Response {
  const { method, path } = request;
  if (method === 'GET' && path === '/') return { status: 200, body: 'Welcome' };
  if (method === 'GET' && path === '/health') return { status: 200, body: { ok: true } };
  if (method === 'POST' && path === '/orders') {
    id += 1;
    return { status: 201, body: { id, ...request.body } };
  }
  if (paths.includes(path)) return { status: 405, headers: { Allow: 'GET, POST' }, body: null };
  return { status: 404, body: null };
}
