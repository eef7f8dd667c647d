/**
 * @expect pass
 * A Map from path to the methods it supports; 405 lists them (GET also allows HEAD, as many
 * frameworks do), 404 when the path is not in the table. Ids come from the orders stored so far.
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

const table = new Map<string, Map<string, (r: Request) => Response>>([
  ['/', new Map([['GET', () => ({ status: 200, body: 'Welcome to the shop' })]])],
  ['/health', new Map([['GET', () => ({ status: 200, body: { ok: true } })]])],
  [
    '/orders',
    new Map([
      [
        'POST',
        (r: Request) => {
          const order = { id: orders.length + 1, ...r.body };
          orders.push(order);
          return { status: 201, body: order };
        },
      ],
    ]),
  ],
]);

export function handle(request: Request): Response {
  const methods = table.get(request.path);
  if (!methods) return { status: 404, body: { error: 'not found' } };
  const fn = methods.get(request.method);
  if (!fn) {
    const allowed = [...methods.keys()];
    if (allowed.includes('GET')) allowed.push('HEAD');
    return {
      status: 405,
      headers: { Allow: allowed.join(', ') },
      body: { error: 'method not allowed' },
    };
  }
  return fn(request);
}
