// Turn one of the engine's log records into a structured log line: one JSON object per line,
// so a log service can index every field and answer queries such as "slowest checkouts today".
import type { LogRecord } from 'archlab';

/** The simulated run started at this wall-clock time; `record.tMs` counts from here. */
const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  // Fine for a human reading a terminal, useless for a query: nothing here is a field.
  // TODO: return JSON.stringify({ time, level, server, requestId, msg, ...fields }) instead:
  //   time      ISO 8601 (new Date(RUN_STARTED_AT + record.tMs).toISOString())
  //   fields    durationMs (a number) from "ok <type> in <n> ms",
  //             error (a string) from "failed: <reason>" or "dropped: <reason>"
  const time = new Date(RUN_STARTED_AT + record.tMs).toISOString();
  return `${time} ${record.level.toUpperCase()} ${record.message}`;
}
