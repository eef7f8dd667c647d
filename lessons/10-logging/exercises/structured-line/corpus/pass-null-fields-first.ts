/**
 * @expect pass
 * Always writes both fields, null when they do not apply (some teams prefer a fixed schema), and
 * puts them first.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const m = record.message.match(/ in (\d+) ms$/);
  const e = record.message.match(/^(failed|dropped): (.+)$/s);
  return JSON.stringify({
    durationMs: record.message.startsWith('ok ') && m ? Number(m[1]) : null,
    error: e ? e[2] : null,
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
  });
}
