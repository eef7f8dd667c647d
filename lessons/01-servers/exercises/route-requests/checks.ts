import { defineChecks, describe, expectEqual, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** Call the learner's handler and insist on a well-formed response. */
function call(learner: Learner, method: string, path: string, body?: Record<string, unknown>) {
  const request = body === undefined ? { method, path } : { method, path, body };
  const response: unknown = learner.handle(request);
  if (
    typeof response !== 'object' ||
    response === null ||
    typeof (response as { status?: unknown }).status !== 'number'
  ) {
    fail(`${method} ${path}: handle() must return { status, body }, got ${describe(response)}`);
  }
  return response as { status: number; headers?: unknown; body: unknown };
}

/** The routes the shop serves: a path may exist for some methods and not others. */
const ROUTES = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/health' },
  { method: 'POST', path: '/orders' },
] as const;

/** The Allow header, whatever the case of its name (HTTP field names are case-insensitive). */
function allowHeader(res: { headers?: unknown }): string | undefined {
  const headers = res.headers;
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'allow' && typeof value === 'string') return value;
  }
  return undefined;
}

export default defineChecks<Learner>({
  exports: ['handle'],
  checks: [
    {
      name: 'GET / answers 200',
      run: (learner) => {
        expectEqual(call(learner, 'GET', '/').status, 200, 'GET / status');
        return 'GET / → 200';
      },
    },
    {
      name: 'GET /health answers 200 with { ok: true }',
      run: (learner) => {
        const res = call(learner, 'GET', '/health');
        expectEqual(res.status, 200, 'GET /health status');
        expectTrue(
          (res.body as { ok?: unknown } | null)?.ok === true,
          `GET /health body: expected { ok: true }, got ${describe(res.body)}`,
        );
        return 'GET /health → 200 { ok: true }';
      },
    },
    {
      name: 'POST /orders creates an order (201) with a new id each time',
      run: (learner) => {
        const a = call(learner, 'POST', '/orders', { item: 'book', quantity: 2 });
        const b = call(learner, 'POST', '/orders', { item: 'lamp', quantity: 1 });
        expectEqual(a.status, 201, 'POST /orders status');
        const orderA = a.body as { id?: unknown; item?: unknown } | null;
        const orderB = b.body as { id?: unknown; item?: unknown } | null;
        expectTrue(
          orderA?.item === 'book',
          `the created order should contain the request body, got ${describe(a.body)}`,
        );
        expectTrue(
          orderA?.id !== undefined,
          `the created order needs an id, got ${describe(a.body)}`,
        );
        expectTrue(
          orderA?.id !== orderB?.id,
          `two orders got the same id (${describe(orderA?.id)})`,
        );
        return `201 with ids ${describe(orderA?.id)} and ${describe(orderB?.id)}`;
      },
    },
    {
      name: 'Unknown paths answer 404',
      run: (learner) => {
        const cases = [
          ['GET', '/nope'],
          ['GET', '/health/extra'],
          ['GET', '/orders/17'],
          ['POST', '/order'],
          // A method no route uses, on a path where nothing lives: the path decides first.
          ['DELETE', '/orders/17'],
        ] as const;
        for (const [method, path] of cases) {
          const status = call(learner, method, path).status;
          expectTrue(
            status === 404,
            `${method} ${path}: nothing lives at ${path}, so 404 Not Found; your handler answered ${status}` +
              (status === 405 ? ' (405 is for a path that exists with the wrong method)' : ''),
          );
        }
        return cases.map(([m, p]) => `${m} ${p}`).join(', ') + ' → 404';
      },
    },
    {
      name: 'A known path with the wrong method answers 405 with an Allow header',
      run: (learner) => {
        const done: string[] = [];
        for (const [method, path] of [
          ['DELETE', '/'],
          ['GET', '/orders'],
          ['PUT', '/orders'],
          ['POST', '/health'],
        ] as const) {
          const res = call(learner, method, path);
          const supported: string[] = ROUTES.filter((r) => r.path === path).map((r) => r.method);
          expectTrue(
            res.status === 405,
            `${method} ${path}: ${path} exists but only for ${supported.join(', ')}, so ` +
              `405 Method Not Allowed (RFC 9110 §15.5.6); your handler answered ${res.status}`,
          );
          const allow = allowHeader(res);
          expectTrue(
            allow !== undefined,
            `${method} ${path}: a 405 must carry an Allow header listing the methods ${path} ` +
              `supports (${supported.join(', ')}); your response's headers were ${describe(res.headers)}`,
          );
          const listed = allow!.split(',').map((m) => m.trim().toUpperCase());
          const missing = supported.filter((m) => !listed.includes(m));
          expectTrue(
            missing.length === 0 && !listed.includes(method),
            `${method} ${path}: Allow was "${allow}"; it should list ${supported.join(', ')}` +
              (listed.includes(method) ? ` and not ${method}, the method you just refused` : ''),
          );
          // Allow names the methods the path supports (RFC 9110 §10.2.1). HEAD goes with GET
          // (§9.1: servers support both, and frameworks answer HEAD for every GET route); any
          // other extra method is fine only if the handler really serves it there: ask it.
          const impliedHead = (m: string) => m === 'HEAD' && supported.includes('GET');
          const extras = listed.filter(
            (m) => m !== '' && !supported.includes(m) && !impliedHead(m),
          );
          for (const extra of extras) {
            const status = call(learner, extra, path).status;
            expectTrue(
              status !== 405 && status !== 404,
              `${method} ${path}: Allow was "${allow}", but your handler answers ${extra} ${path} ` +
                `with ${status}; Allow lists only the methods ${path} supports (${supported.join(', ')})`,
            );
          }
          done.push(`${method} ${path} → 405 Allow: ${allow}`);
        }
        return done.join('; ');
      },
    },
    {
      name: 'A mixed stream of 1,000 requests gets the right status every time',
      run: (learner, { chart }) => {
        const routes = [
          { method: 'GET', path: '/', expected: 200 },
          { method: 'GET', path: '/health', expected: 200 },
          { method: 'POST', path: '/orders', expected: 201 },
          { method: 'GET', path: '/favicon.ico', expected: 404 },
          { method: 'PUT', path: '/orders', expected: 405 },
        ];
        const expectedCounts = new Map<number, number>();
        const actualCounts = new Map<number, number>();
        let wrong = 0;
        const firstWrong = new Map<string, string>();
        for (let i = 0; i < 1000; i++) {
          // A fixed, uneven mix: every request kind appears, most often the home page.
          const route = routes[(i * i + 3 * i) % routes.length]!;
          const res = call(
            learner,
            route.method,
            route.path,
            route.method === 'POST' ? { item: `#${i}` } : undefined,
          );
          expectedCounts.set(route.expected, (expectedCounts.get(route.expected) ?? 0) + 1);
          actualCounts.set(res.status, (actualCounts.get(res.status) ?? 0) + 1);
          if (res.status !== route.expected) {
            wrong++;
            const key = `${route.method} ${route.path}`;
            if (!firstWrong.has(key))
              firstWrong.set(key, `${key} → ${res.status}, expected ${route.expected}`);
          }
        }
        const statuses = [...new Set([...expectedCounts.keys(), ...actualCounts.keys()])].sort(
          (x, y) => x - y,
        );
        chart({
          title: 'Responses by status code (1,000 requests)',
          xLabel: 'status code',
          yLabel: 'responses',
          kind: 'bar',
          categories: statuses.map(String),
          lines: [
            {
              label: 'expected',
              points: statuses.map((s, i) => [i, expectedCounts.get(s) ?? 0] as const),
            },
            {
              label: 'your server',
              points: statuses.map((s, i) => [i, actualCounts.get(s) ?? 0] as const),
            },
          ],
        });
        expectEqual(
          wrong,
          0,
          `requests answered with the wrong status (for example ${[...firstWrong.values()].join('; ')})`,
        );
        return 'all 1,000 requests answered correctly';
      },
    },
  ],
});
