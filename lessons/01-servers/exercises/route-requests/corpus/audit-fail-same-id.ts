/**
 * @expect fail: POST /orders creates an order
 * Computes the id from nothing that changes: every new order gets id 1.
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

export function handle(request: Request): Response {
  const known: Record<string, string> = { '/': 'GET', '/health': 'GET', '/orders': 'POST' };
  const allowed = known[request.path];
  if (allowed === undefined) return { status: 404, body: 'Not Found' };
  if (request.method !== allowed) return { status: 405, headers: { Allow: allowed }, body: null };
  if (request.path === '/orders') return { status: 201, body: { id: 1, ...request.body } };
  if (request.path === '/health') return { status: 200, body: { ok: true } };
  return { status: 200, body: 'Welcome to the shop' };
}
