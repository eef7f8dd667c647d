/**
 * @expect pass
 * A table path → method → handler; the Allow header is built from the table's keys, and order ids
 * come from the number of orders stored so far.
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

const orders: Record<string, unknown>[] = [];

const routes: Record<string, Record<string, (r: Request) => Response>> = {
  '/': { GET: () => ({ status: 200, body: 'Welcome to the shop' }) },
  '/health': { GET: () => ({ status: 200, body: { ok: true } }) },
  '/orders': {
    POST: (r) => {
      const order = { id: orders.length + 1, ...r.body };
      orders.push(order);
      return { status: 201, body: order };
    },
  },
};

export function handle(request: Request): Response {
  const methods = Object.hasOwn(routes, request.path) ? routes[request.path] : undefined;
  if (methods === undefined) return { status: 404, body: { error: 'not found' } };
  const handler = methods[request.method];
  if (handler === undefined) {
    return {
      status: 405,
      headers: { Allow: Object.keys(methods).join(', ') },
      body: { error: 'method not allowed' },
    };
  }
  return handler(request);
}
