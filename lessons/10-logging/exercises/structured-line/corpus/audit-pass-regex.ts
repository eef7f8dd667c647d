/**
 * @expect pass
 * Audit learner: builds an object, adds durationMs with a regular expression and error from the prefix.
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
  const bad = /^(failed|dropped): (.*)$/.exec(record.message);
  if (bad) line.error = bad[2];
  return JSON.stringify(line);
}
