/**
 * @expect pass
 * Audit learner: string methods instead of regular expressions, fields spread in conditionally.
 */
import type { LogRecord } from 'archlab';
const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const m = record.message;
  const extra = m.startsWith('ok ')
    ? { durationMs: parseInt(m.split(' in ')[1] ?? '', 10) }
    : m.startsWith('failed: ')
      ? { error: m.slice('failed: '.length) }
      : m.startsWith('dropped: ')
        ? { error: m.slice('dropped: '.length) }
        : {};
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: m,
    ...extra,
  });
}
