// Turn one of the engine's log records into a structured log line: one JSON object per line,
// so a log service can index every field and answer queries such as "slowest checkouts today".
import type { LogRecord } from 'archlab';

/** The simulated run started at this wall-clock time; `record.tMs` counts from here. */
const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const line: Record<string, unknown> = {
    // ISO 8601 in UTC sorts as text and is understood by every log tool.
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg: record.message,
  };
  // Pull the numbers and reasons out of the message into fields a query can filter on.
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  if (ok) {
    line['requestType'] = ok[1];
    line['durationMs'] = Number(ok[2]);
  }
  // The s flag lets the reason span lines (a stack trace, say).
  const failure = /^(?:failed|dropped): (.+)$/s.exec(record.message);
  if (failure) line['error'] = failure[1];
  // JSON.stringify escapes quotes and newlines, so a message can never break the line in two.
  return JSON.stringify(line);
}
