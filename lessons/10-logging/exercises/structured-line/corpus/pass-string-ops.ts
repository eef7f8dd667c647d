/**
 * @expect pass
 * No regular expressions: startsWith, split and slice; fields spread in only when present.
 */
import type { LogRecord } from 'archlab';

const RUN_STARTED_AT = Date.parse('2026-11-25T09:00:00.000Z');

export function formatLine(record: LogRecord): string {
  const msg = record.message;
  let fields: { durationMs?: number; error?: string } = {};
  if (msg.startsWith('ok ') && msg.endsWith(' ms')) {
    const words = msg.split(' ');
    fields = { durationMs: parseInt(words[words.length - 2]!, 10) };
  } else if (msg.startsWith('failed: ')) {
    fields = { error: msg.slice('failed: '.length) };
  } else if (msg.startsWith('dropped: ')) {
    fields = { error: msg.slice('dropped: '.length) };
  }
  return JSON.stringify({
    time: new Date(RUN_STARTED_AT + record.tMs).toISOString(),
    level: record.level,
    server: record.server,
    requestId: record.requestId,
    msg,
    ...fields,
  });
}
