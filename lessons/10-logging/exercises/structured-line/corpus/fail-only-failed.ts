/**
 * @expect fail: Fields a query
 * Extracts the error from "failed: …" lines only: dropped requests ("dropped: queue-full") get no
 * error field and vanish from error queries.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  const bad = /^failed: (.*)$/.exec(record.message);
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
    ...(ok ? { durationMs: Number(ok[2]) } : {}),
    ...(bad ? { error: bad[1] } : {}),
  });
}
