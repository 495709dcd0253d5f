import type { LadderStep } from '../../domain/ladder/ladder';
import type { SessionRecord, StoredEvent } from '../../domain/session/events';
import type { LoggedSession } from '../../domain/session/read';
import type { FootholdDb } from '../db';
import { groupBySession } from '../sessions';

export { modesFromXr } from '../../domain/session/logRules';

export const EXPORT_FORMAT = 'foothold-log';
/**
 * 1: events without `mode` (before Foothold logged it); 2: every event has `mode`; 3: the ladder's
 * steps, and sessions name the step they practised.
 */
export const EXPORT_VERSION = 3;

/** The largest file and the most events an import takes. */
export const IMPORT_MAX_CHARS = 50 * 1024 * 1024;
export const IMPORT_MAX_EVENTS = 100_000;
/** Replaying a session copies its ratings per rating; this keeps a hostile file from hanging it. */
export const IMPORT_MAX_SESSION_EVENTS = 10_000;

export type { LoggedSession };

export interface ExportFile {
  format: 'foothold-log';
  formatVersion: 3;
  appVersion: string;
  /** ISO 8601. */
  exportedAt: string;
  sessions: (SessionRecord & { events: StoredEvent[] })[];
  /** The ladder: every step of every scene. */
  steps: LadderStep[];
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; problem: string };

export function buildExport(
  sessions: LoggedSession[],
  appVersion: string,
  now: Date,
  steps: readonly LadderStep[] = [],
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    sessions: sessions.map(({ record, events }) => ({ ...record, events })),
    steps: [...steps].sort((a, b) => a.sceneId.localeCompare(b.sceneId) || a.position - b.position),
  };
}

/** Every session with its log: newest first, events in seq order. Two reads, however many sessions. */
export async function readAllSessions(db: FootholdDb): Promise<LoggedSession[]> {
  return db.transaction('r', db.sessions, db.events, async () => {
    const [records, events] = await Promise.all([
      db.sessions.orderBy('startedAt').reverse().toArray(),
      // Primary-key order: by session, then seq.
      db.events.toArray(),
    ]);
    const bySession = groupBySession(events);
    return records.map((record) => ({ record, events: bySession.get(record.id) ?? [] }));
  });
}
