/**
 * @expect fail: Each line carries time
 * Audit learner: finds the trailing Z ugly and writes "2026-11-25 09:00:00.087": no zone, so a
 * reader (or Date.parse in another time zone) takes it as local time.
 */
import type { LogRecord } from 'archlab';
const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const time = new Date(RUN_STARTED_AT + record.tMs)
    .toISOString()
    .replace('T', ' ')
    .replace('Z', '');
  const line: Record<string, unknown> = {
    time,
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
  };
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  if (ok) line.durationMs = Number(ok[2]);
  const bad = /^(failed|dropped): (.*)$/.exec(record.message);
  if (bad) line.error = bad[2];
  return JSON.stringify(line);
}
