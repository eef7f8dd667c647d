/**
 * @expect fail: POST /orders creates an order
 * Gives every order the id 1 (copied from the example response) instead of a new id each time.
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
  const allow: Record<string, string> = { '/': 'GET', '/health': 'GET', '/orders': 'POST' };
  const expected = allow[request.path];
  if (expected === undefined) return { status: 404, body: null };
  if (expected !== request.method) return { status: 405, headers: { Allow: expected }, body: null };
  if (request.path === '/') return { status: 200, body: 'Welcome to the shop' };
  if (request.path === '/health') return { status: 200, body: { ok: true } };
  return { status: 201, body: { id: 1, ...request.body } };
}
