/**
 * @expect fail: Fields a query can use
 * Audit learner: puts the whole message ("failed: api-timeout") into error and ignores "dropped:".
 */
import type { LogRecord } from 'archlab';
const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const line: Record<string, unknown> = {
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
  };
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  if (ok) line.durationMs = Number(ok[2]);
  if (record.message.startsWith('failed')) line.error = record.message;
  return JSON.stringify(line);
}
