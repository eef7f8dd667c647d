/**
 * @expect fail: Every line is one
 * Builds the JSON by hand with a template string: a message with a quote or a newline breaks the
 * line (it is no longer valid JSON, or becomes two lines).
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const time = new Date(RUN_STARTED_AT + record.tMs).toISOString();
  const ok = /^ok (\S+) in (\d+) ms$/.exec(record.message);
  const bad = /^(?:failed|dropped): (.*)$/.exec(record.message);
  let extra = '';
  if (ok) extra = `,"durationMs":${ok[2]}`;
  if (bad) extra = `,"error":"${bad[1]}"`;
  return `{"time":"${time}","level":"${record.level}","server":"${record.server}","requestId":${record.requestId},"msg":"${record.message}"${extra}}`;
}
