/**
 * @expect fail: A known path with the wrong method
 * Treats every method-and-path pair it does not know as not found, so DELETE / answers 404.
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
  switch (`${request.method} ${request.path}`) {
    case 'GET /':
      return { status: 200, body: 'Welcome to the shop' };
    case 'GET /health':
      return { status: 200, body: { ok: true } };
    case 'POST /orders':
      return { status: 201, body: { id: nextId++, ...request.body } };
    default:
      return { status: 404, body: 'Not Found' };
  }
}
