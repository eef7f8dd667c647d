// A server's whole job: take a request, give back a response.
// This is the code a developer writes and deploys; the server runs it for every request.

export interface Request {
  method: string; // "GET", "POST", ...
  path: string; // "/", "/health", "/orders", ...
  body?: Record<string, unknown>;
}

export interface Response {
  status: number; // 200 OK, 201 Created, 404 Not Found, ...
  body: unknown;
}

let nextOrderId = 1;

export function handle(request: Request): Response {
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'GET /':
      return { status: 200, body: 'Welcome to the shop' };
    case 'GET /health':
      return { status: 200, body: { ok: true } };
    case 'POST /orders': {
      const order = { id: nextOrderId++, ...request.body };
      return { status: 201, body: order };
    }
    default:
      return { status: 404, body: { error: `No route for ${route}` } };
  }
}
