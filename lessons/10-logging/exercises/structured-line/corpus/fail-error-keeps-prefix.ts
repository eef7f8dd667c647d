/**
 * @expect fail: Fields a query
 * Puts the whole message into error ("failed: api-timeout"), so error = "api-timeout" matches nothing.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  const failed = record.message.startsWith('failed') || record.message.startsWith('dropped');
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
    ...(ok ? { durationMs: Number(ok[2]) } : {}),
    ...(failed ? { error: record.message } : {}),
  });
}
