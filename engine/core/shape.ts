/**
 * The first look at untrusted input: one iterative pass (no recursion, so no stack overflow)
 * that refuses a value nested too deep, too large, with too long an array or string — before any
 * validator recurses into it or quotes it. Cost: O(min(size, MAX_NODES)).
 */
import { ConfigError } from './errors.ts';
import {
  ARRAY_LIMITS_BY_KEY,
  MAX_ARRAY_ITEMS,
  MAX_DEPTH,
  MAX_NODES,
  MAX_STRING_LENGTH,
} from './limits.ts';

interface Entry {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Entry | null;
}

/** Dotted path of an entry, e.g. `servers[0].serviceTime` (keys cut short and escaped). */
function pathOf(e: Entry, root: string): string {
  const parts: string[] = [];
  for (let x: Entry | null = e; x && x.parent; x = x.parent) {
    if (typeof x.key === 'number') parts.push(`[${x.key}]`);
    else {
      const k = /^[A-Za-z_$][\w$]{0,40}$/.test(x.key) ? x.key : JSON.stringify(x.key.slice(0, 40));
      parts.push(`.${k}`);
    }
  }
  let path = parts.reverse().join('');
  // A path as deep as the limit stays readable: its start and its end.
  if (path.length > 120) path = `${path.slice(0, 60)}…${path.slice(-40)}`;
  if (path === '') return root;
  return root === '' ? path.replace(/^\./, '') : `${root}${path}`;
}

/** Refuse `value` if it breaks a size limit; `root` names it in messages ('' for a scenario). */
export function checkShape(value: unknown, root = ''): void {
  const stack: Entry[] = [{ value, depth: 0, key: '', parent: null }];
  // Counted when pushed, so the stack itself never holds more than MAX_NODES entries.
  let nodes = 1;
  const rootName = root === '' ? 'scenario' : root;
  const count = (more: number): void => {
    nodes += more;
    if (nodes > MAX_NODES)
      throw new ConfigError(
        rootName,
        `has more than ${MAX_NODES} values (limit MAX_NODES, which bounds validation time and memory)`,
      );
  };
  while (stack.length > 0) {
    const e = stack.pop()!;
    const v = e.value;
    if (typeof v === 'string') {
      if (v.length > MAX_STRING_LENGTH)
        throw new ConfigError(
          pathOf(e, root) || rootName,
          `is a string of ${v.length} characters; at most ${MAX_STRING_LENGTH} (limit MAX_STRING_LENGTH)`,
        );
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (e.depth >= MAX_DEPTH)
      throw new ConfigError(
        pathOf(e, root) || rootName,
        `nested more than ${MAX_DEPTH} levels deep (limit MAX_DEPTH: real scenarios nest about 8; deeper input is refused before it is read)`,
      );
    if (Array.isArray(v)) {
      const own =
        typeof e.key === 'string' && Object.hasOwn(ARRAY_LIMITS_BY_KEY, e.key)
          ? ARRAY_LIMITS_BY_KEY[e.key]
          : undefined;
      const limit = own?.max ?? MAX_ARRAY_ITEMS;
      if (v.length > limit)
        throw new ConfigError(
          pathOf(e, root) || rootName,
          `has ${v.length} items; at most ${limit} (limit ${own ? `${own.name}: ${own.why}` : 'MAX_ARRAY_ITEMS'})`,
        );
      count(v.length);
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], depth: e.depth + 1, key: i, parent: e });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > MAX_ARRAY_ITEMS)
      throw new ConfigError(
        pathOf(e, root) || rootName,
        `has ${keys.length} fields; at most ${MAX_ARRAY_ITEMS} (limit MAX_ARRAY_ITEMS)`,
      );
    count(keys.length);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      stack.push({
        value: (v as Record<string, unknown>)[k],
        depth: e.depth + 1,
        key: k,
        parent: e,
      });
    }
  }
}
