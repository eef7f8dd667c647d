// A server's whole job: take a request, give back a response.
// This is the code a developer writes and deploys; the server runs it for every request.

export interface Request {
  method: string; // "GET", "POST", ...
  path: string; // "/", "/health", "/orders", ...
  body?: Record<string, unknown>;
}

export interface Response {
  status: number; // 200 OK, 201 Created, 404 Not Found, 405 Method Not Allowed, ...
  headers?: Record<string, string>; // e.g. { Allow: 'GET' }
  body: unknown;
}

export function handle(request: Request): Response {
  if (request.method === 'GET' && request.path === '/') {
    return { status: 200, body: 'Welcome to the shop' };
  }
  // TODO: GET /health answers 200 with { ok: true }
  // TODO: POST /orders answers 201 with the new order: { id, ...request.body }
  // TODO: a path that exists but not for this method answers 405 with an Allow header
  // TODO: a path that does not exist answers 404
  return { status: 200, body: 'Welcome to the shop' };
}
