/**
 * @expect fail: Fields a query
 * Takes any number followed by " ms" as the duration, so the retry warnings ("… retry in 57 ms")
 * count as requests and skew the durations.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const n = /(\d+) ms$/.exec(record.message);
  const bad = /^(?:failed|dropped): (.*)$/.exec(record.message);
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
    ...(n ? { durationMs: Number(n[1]) } : {}),
    ...(bad ? { error: bad[1] } : {}),
  });
}
