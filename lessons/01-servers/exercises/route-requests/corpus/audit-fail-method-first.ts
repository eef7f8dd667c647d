/**
 * @expect fail: Unknown paths answer 404
 * Checks the method before the path: any method the server never uses (DELETE, PUT) answers 405,
 * even on a path where nothing lives, which should be 404.
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
  if (request.method !== 'GET' && request.method !== 'POST') {
    return { status: 405, headers: { Allow: 'GET, POST' }, body: 'Method Not Allowed' };
  }
  if (request.method === 'GET' && request.path === '/') return { status: 200, body: 'Welcome' };
  if (request.method === 'GET' && request.path === '/health')
    return { status: 200, body: { ok: true } };
  if (request.method === 'POST' && request.path === '/orders') {
    return { status: 201, body: { id: nextId++, ...request.body } };
  }
  if (request.path === '/' || request.path === '/health') {
    return { status: 405, headers: { Allow: 'GET' }, body: 'Method Not Allowed' };
  }
  if (request.path === '/orders') {
    return { status: 405, headers: { Allow: 'POST' }, body: 'Method Not Allowed' };
  }
  return { status: 404, body: 'Not Found' };
}
