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
  // Characters cut away, counted from the true lengths, so a 10 MB line says how much is missing.
  let dropped = 0;
  for (const arg of args) {
    if (out.length > MAX_LINE_CHARS) {
      if (typeof arg === 'string') dropped += arg.length + 1;
      continue;
    }
    const { text, length } = formatValue(arg);
    out += (out ? ' ' : '') + text;
    dropped += length - text.length;
  }
  if (out.length > MAX_LINE_CHARS) {
    dropped += out.length - MAX_LINE_CHARS;
    out = out.slice(0, MAX_LINE_CHARS);
  }
  return dropped > 0 ? `${out}… (${dropped.toLocaleString('en')} more characters)` : out;
}

/** A value's text, cut to just over the line limit, and the length it had before the cut. */
function formatValue(value: unknown): { text: string; length: number } {
  const cut = (full: string) => ({
    // Cut before copying: a 10 MB string must not be concatenated whole.
    text: full.length > MAX_LINE_CHARS + 1 ? full.slice(0, MAX_LINE_CHARS + 1) : full,
    length: full.length,
  });
  try {
    if (typeof value === 'string') return cut(value);
    if (value instanceof Error) return cut(`${value.name}: ${value.message}`);
    if (typeof value === 'function') return cut(`[Function ${value.name || 'anonymous'}]`);
    if (typeof value === 'object' && value !== null) {
      return cut(
        JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ??
          'undefined',
      );
    }
    return cut(String(value));
  } catch {
    return cut('[unprintable value]');
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
