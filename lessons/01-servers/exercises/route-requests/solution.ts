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

let nextOrderId = 1;

/** Each path the shop serves, with a handler per method it supports. */
const routes: Record<string, Record<string, (request: Request) => Response>> = {
  '/': { GET: () => ({ status: 200, body: 'Welcome to the shop' }) },
  '/health': { GET: () => ({ status: 200, body: { ok: true } }) },
  '/orders': {
    POST: (request) => ({ status: 201, body: { id: nextOrderId++, ...request.body } }),
  },
};

export function handle(request: Request): Response {
  const methods = Object.hasOwn(routes, request.path) ? routes[request.path]! : undefined;
  if (methods === undefined) {
    return { status: 404, body: { error: `Nothing at ${request.path}` } };
  }
  const handler = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
  if (handler === undefined) {
    // RFC 9110 §15.5.6: the path exists, the method does not; say which methods do.
    const allow = Object.keys(methods).join(', ');
    return {
      status: 405,
      headers: { Allow: allow },
      body: { error: `${request.method} is not allowed on ${request.path}; use ${allow}` },
    };
  }
  return handler(request);
}
