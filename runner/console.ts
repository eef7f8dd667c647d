/** A console that records what learner code prints, capped so floods cannot exhaust memory. */
import type { ConsoleLine } from 'archlab';

/** At most this many lines are kept; the rest are only counted. */
export const MAX_CONSOLE_LINES = 200;
/** A longer line is cut to this many characters. */
export const MAX_LINE_CHARS = 2000;

/** The capturing console and what it captured. */
export interface CapturedConsole {
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
  lines: ConsoleLine[];
  /** Lines dropped by the cap. */
  hidden(): number;
}

/** Turn console arguments into one line of text without ever throwing or running HTML. */
export function formatArgs(args: readonly unknown[]): string {
  let out = '';
  for (const arg of args) {
    if (out.length > MAX_LINE_CHARS) break;
    out += (out ? ' ' : '') + formatValue(arg);
  }
  return out.length > MAX_LINE_CHARS
    ? `${out.slice(0, MAX_LINE_CHARS)}… (${out.length - MAX_LINE_CHARS} more characters)`
    : out;
}

function formatValue(value: unknown): string {
  try {
    if (typeof value === 'string') {
      // Cut before copying: a 10 MB string must not be concatenated whole.
      return value.length > MAX_LINE_CHARS + 1 ? value.slice(0, MAX_LINE_CHARS + 1) : value;
    }
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
    if (typeof value === 'object' && value !== null) {
      const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
      return json.length > MAX_LINE_CHARS + 1 ? json.slice(0, MAX_LINE_CHARS + 1) : json;
    }
    return String(value);
  } catch {
    return '[unprintable value]';
  }
}

/** Make a fresh capturing console. */
export function captureConsole(): CapturedConsole {
  const lines: ConsoleLine[] = [];
  let hidden = 0;
  const make =
    (level: ConsoleLine['level']) =>
    (...args: unknown[]): void => {
      if (lines.length >= MAX_CONSOLE_LINES) {
        hidden++;
        return;
      }
      lines.push({ level, text: formatArgs(args) });
    };
  return {
    console: {
      log: make('log'),
      info: make('info'),
      warn: make('warn'),
      error: make('error'),
      debug: make('debug'),
    },
    lines,
    hidden: () => hidden,
  };
}
