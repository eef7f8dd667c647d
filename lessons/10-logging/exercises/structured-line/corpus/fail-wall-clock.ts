/**
 * @expect fail: Each line carries
 * Stamps each line with the time it is formatted (Date.now()), not when the server wrote it.
 */
import type { LogRecord } from 'archlab';

// The run's start time is given, but this attempt never uses it.
export const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  const bad = /^(?:failed|dropped): (.*)$/.exec(record.message);
  return JSON.stringify({
    time: new Date().toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
    ...(ok ? { durationMs: Number(ok[2]) } : {}),
    ...(bad ? { error: bad[1] } : {}),
  });
}
