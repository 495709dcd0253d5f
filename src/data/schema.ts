// Every released version of the database, oldest first. A new version is appended here with its
// upgrade function, a fixture of the version before it in tests/fixtures, and a test that
// upgrades the fixture and finds every row: released versions must stay readable forever.
import type { Transaction } from 'dexie';
import type { Mode, SessionStatus } from '../domain/session/events';
import { endStatus, modesFromXr } from '../domain/session/logRules';

export const DB_NAME = 'foothold';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, startedAt, status, sceneId',
      // Events are keyed by session and their order in it, so they read back in order.
      events: '[sessionId+seq], sessionId',
    },
  },
  {
    // Every event carries `mode`; ended sessions take the status of their last stop.
    version: 2,
    stores: {
      sessions: 'id, startedAt, status, sceneId',
      events: '[sessionId+seq], sessionId',
    },
    upgrade: upgradeToVersion2,
  },
  {
    // The ladder: steps per scene; sessions name the step they practised. Earlier sessions had none.
    version: 3,
    stores: {
      sessions: 'id, startedAt, status, sceneId, stepId',
      events: '[sessionId+seq], sessionId',
      steps: 'id, sceneId',
    },
  },
];

type OldEvent = { sessionId: string; type: string; early?: boolean; mode?: Mode };

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  // Primary-key order: each session's events together, in seq order.
  const events: OldEvent[] = await tx.table('events').toArray();
  const changed: OldEvent[] = [];
  const statuses = new Map<string, SessionStatus>();
  for (let from = 0; from < events.length; ) {
    const sessionId = events[from]?.sessionId;
    let to = from;
    while (to < events.length && events[to]?.sessionId === sessionId) to++;
    const log = events.slice(from, to);
    const modes = modesFromXr(log);
    log.forEach((event, i) => {
      // Builds that logged `mode` before this version knew where each event happened.
      if (event.mode === 'desktop' || event.mode === 'xr') return;
      event.mode = modes[i] ?? 'desktop';
      changed.push(event);
    });
    if (sessionId !== undefined && log.some((e) => e.type === 'end'))
      statuses.set(sessionId, endStatus(log));
    from = to;
  }
  await tx.table('events').bulkPut(changed);
  // Version 1 closed a session with the status of its first stop, wrong after a `continue`.
  await tx
    .table('sessions')
    .toCollection()
    .modify((record: { id: string; status: SessionStatus }) => {
      const status = statuses.get(record.id);
      if (status && record.status !== status) record.status = status;
    });
}

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
