/**
 * @expect fail: Fields a query
 * Forgets to convert: durationMs is the captured text "123", so numeric queries (p95, >) fail.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  const bad = /^(?:failed|dropped): (.*)$/.exec(record.message);
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
    ...(ok ? { durationMs: ok[2] } : {}),
    ...(bad ? { error: bad[1] } : {}),
  });
}
