/**
 * @expect pass
 * Checks the path first with if statements, then the method; a known path with another method
 * answers 405 and names the allowed method in a lower-case allow header.
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

let lastId = 0;

export function handle(request: Request): Response {
  const { method, path } = request;
  if (path === '/' || path === '/health') {
    if (method !== 'GET') return { status: 405, headers: { allow: 'GET' }, body: null };
    return path === '/'
      ? { status: 200, body: 'Welcome to the shop' }
      : { status: 200, body: { ok: true } };
  }
  if (path === '/orders') {
    if (method !== 'POST') return { status: 405, headers: { allow: 'POST' }, body: null };
    lastId += 1;
    return { status: 201, body: { ...request.body, id: lastId } };
  }
  return { status: 404, body: 'Not Found' };
}
