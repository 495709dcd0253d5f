// The CSV export: one row per rating (RFC 4180), formula cells neutralised. Pure. Its columns are
// data, not text: they stay as documented in docs/ARCHITECTURE.md.
import { readSessionLog } from '../../domain/session/read';
import type { LoggedSession } from './format';

const CSV_HEADER = [
  'session_id',
  'started_at',
  'scene',
  'level',
  'seconds_since_start',
  'suds',
  'prompted',
  'pacer_on',
  'mode',
];

/**
 * A text cell a spreadsheet would read as a formula (or that hides one behind a tab or CR) gets a
 * leading `'`, so opening the export can never run anything.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Quoted when it holds a separator a spreadsheet may split at (the comma, the semicolon of many
 * European locales, the tab), a quote or a line break: so no split inside it can start a cell, and
 * the neutralised start is the only one there is.
 */
function textCell(text: string): string {
  const safe = neutraliseCell(text);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const numberCell = (n: number) => (Number.isFinite(n) ? String(n) : '');
export const isoTime = (at: number) => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
};

/** One row per rating, in the order given; every line ends with CRLF (RFC 4180). */
export function toCsv(sessions: LoggedSession[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const { record, events } of sessions) {
    // A log without its start has no level or clock for its ratings: it has no rows.
    const read = readSessionLog(record, events);
    if (!read) continue;
    for (const rating of read.ratings) {
      lines.push(
        [
          textCell(record.id),
          textCell(isoTime(record.startedAt)),
          textCell(record.sceneId),
          numberCell(rating.level),
          numberCell(rating.sinceStart),
          numberCell(rating.suds),
          textCell(rating.prompted ? 'yes' : 'no'),
          textCell(rating.pacer ? 'yes' : 'no'),
          textCell(rating.mode),
        ].join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// The export's schema. Messages a check gives are shown after the field's path.
