/**
 * @expect fail: Each line carries
 * Writes the level in capitals ("ERROR"), as the old text lines did: a query for level = "error"
 * finds nothing.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const line: Record<string, unknown> = {
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level.toUpperCase(),
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
  };
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  if (ok) line.durationMs = Number(ok[2]);
  const bad = /^(?:failed|dropped): (.*)$/s.exec(record.message);
  if (bad) line.error = bad[1];
  return JSON.stringify(line);
}
