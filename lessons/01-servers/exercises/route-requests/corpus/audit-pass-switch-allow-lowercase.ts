/**
 * @expect pass
 * A switch on the path, then on the method; a module-level counter for ids. Writes the header name
 * in lower case (`allow`), which HTTP treats as the same field (RFC 9110 §5.1: field names are
 * case-insensitive).
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
  switch (request.path) {
    case '/':
      if (request.method === 'GET') return { status: 200, body: 'Welcome to the shop' };
      return { status: 405, headers: { allow: 'GET' }, body: 'Method Not Allowed' };
    case '/health':
      if (request.method === 'GET') return { status: 200, body: { ok: true } };
      return { status: 405, headers: { allow: 'GET' }, body: 'Method Not Allowed' };
    case '/orders':
      if (request.method === 'POST') {
        lastId += 1;
        return { status: 201, body: { id: lastId, ...request.body } };
      }
      return { status: 405, headers: { allow: 'POST' }, body: 'Method Not Allowed' };
    default:
      return { status: 404, body: 'Not Found' };
  }
}
