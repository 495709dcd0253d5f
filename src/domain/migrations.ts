// Every released version of the stored data, oldest first, each with the pure step that brings the
// rows of the version before up to it. The database upgrade (data/schema.ts) and the import of an
// older export file (data/transfer/format.ts) run these same steps, so a log upgraded on the
// device and one imported from an old file come out the same. A new version is appended here,
// with its stores in data/schema.ts, a fixture of the version before it and a test that upgrades
// it: released versions must stay readable forever. Pure.
import { digestSession } from './review/digest';
import {
  MODES,
  type Mode,
  type SessionRecord,
  type SessionStatus,
  type StoredEvent,
} from './session/events';
import { endStatus, modesFromXr } from './session/logRules';

/** A row as some version of Foothold wrote it. Nothing is known of its fields until it is validated. */
export type Row = Readonly<Record<string, unknown>>;

/** An object, not a list: what a row of a table can be. */
export const isRow = (x: unknown): x is Row =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const TABLES = ['sessions', 'events', 'steps', 'digests', 'places', 'ladders'] as const;
export type TableName = (typeof TABLES)[number];

/**
 * Tables derived from the log, kept on the device so a page need not read it all, never exported:
 * a step may rebuild one whole, and an export file has none.
 */
export const DERIVED_TABLES: readonly TableName[] = ['digests'];

/**
 * The rows of each table a version has: sessions' records, events (each session's together, in seq
 * order), ladder steps, the person's places and own ladders. A table the version does not have is
 * absent. The places' files are no rows of these: a step never reads or rewrites a file.
 */
export type Rows = { readonly [T in TableName]?: readonly Row[] };

export interface Migration {
  version: number;
  /** What the version changed, in words. */
  change: string;
  /**
   * The rows of the version before, as this version has them. Never changes its input; keeps every
   * row of each table it was given (but a derived table, which it may rebuild), in its place, and returns a row it leaves alone as the same
   * object, so an upgrade writes only the rows that changed. It may add a table new in its version.
   */
  up: (rows: Rows) => Rows;
  /**
   * The step changes only derived tables: the export format keeps its version, and an older file
   * skips the step.
   */
  derivedOnly?: true;
}

const isMode = (value: unknown): value is Mode => MODES.includes(value as Mode);

/** Version 1 wrote these when a session ended: that of its first stop, wrong after a `continue`. */
const ENDED: readonly unknown[] = ['completed', 'stopped-early'] satisfies SessionStatus[];

/** Each session's events, in the order given. */
function logsOf(events: readonly Row[]): Map<unknown, Row[]> {
  const logs = new Map<unknown, Row[]>();
  for (const event of events) {
    const log = logs.get(event.sessionId);
    if (log) log.push(event);
    else logs.set(event.sessionId, [event]);
  }
  return logs;
}

function withModesAndLastStop(rows: Rows): Rows {
  const events = rows.events ?? [];
  const logs = logsOf(events);
  const modeOf = new Map<Row, Mode>();
  const statusOf = new Map<unknown, SessionStatus>();
  for (const [sessionId, log] of logs) {
    const modes = modesFromXr(log);
    log.forEach((event, i) => {
      modeOf.set(event, modes[i] ?? 'desktop');
    });
    if (log.some((e) => e.type === 'end')) statusOf.set(sessionId, endStatus(log));
  }
  return {
    ...rows,
    // Builds that logged `mode` before this version knew where each event happened.
    events: events.map((e) => (isMode(e.mode) ? e : { ...e, mode: modeOf.get(e) ?? 'desktop' })),
    sessions: rows.sessions?.map((s) => {
      const status = statusOf.get(s.id);
      return status && ENDED.includes(s.status) && s.status !== status ? { ...s, status } : s;
    }),
  };
}

/**
 * The review's digest of every session that has ended, from its log as stored. A running session
 * has none (its log grows with each rating), nor has one whose log cannot be read.
 */
function withDigests(rows: Rows): Rows {
  const logs = logsOf(rows.events ?? []);
  const digests = (rows.sessions ?? []).flatMap((s): Row[] => {
    if (s.status === 'active') return [];
    // Rows of the database as the app wrote them, each checked when it was written.
    const record = s as unknown as SessionRecord;
    const events = (logs.get(s.id) ?? []) as unknown as StoredEvent[];
    try {
      const digest = digestSession({ record, events });
      return digest ? [{ ...digest }] : [];
    } catch {
      // Left out: the review reads such a session's log itself and says what it cannot read.
      return [];
    }
  });
  return { ...rows, digests };
}

/** Checks the list's shape once, where it is declared: versions 1, 2, 3, … in order. */
export function checkedMigrations(list: readonly Migration[]): readonly Migration[] {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${i} has version ${m.version}; versions go 1, 2, 3, … in order`);
  });
  if (list.length === 0) throw new Error('There is no data version');
  return list;
}

export const migrations: readonly Migration[] = checkedMigrations([
  {
    version: 1,
    change: 'Session records and their events; events without mode.',
    // The first version: nothing came before it.
    up: (rows) => rows,
  },
  {
    version: 2,
    change: 'Every event has its mode; an ended session has the status of its last stop.',
    up: withModesAndLastStop,
  },
  {
    version: 3,
    change: 'The ladder: steps per scene, and a session names the step it practised.',
    // Sessions before the ladder practised no step, so only the (empty) steps table is new.
    up: (rows) => (rows.steps ? rows : { ...rows, steps: [] }),
  },
  {
    version: 4,
    change: "The review's digest of each ended session, kept beside its log.",
    up: withDigests,
    derivedOnly: true,
  },
  {
    version: 5,
    change:
      "Own places: the person's photos and videos (each file kept apart) and their own ladders; a step may show a place and stand on another fear's ladder.",
    // Nothing before had places, so only the two (empty) tables are new.
    up: (rows) => ({ ...rows, places: rows.places ?? [], ladders: rows.ladders ?? [] }),
  },
  {
    version: 6,
    change:
      'The companion: an event may say the companion did it (a level, the pacer, a pause or resume, a stop), and a rating may be asked for.',
    // Only new events and fields: every row of version 5 is a row of version 6 as it is.
    up: (rows) => rows,
  },
]);

/** The version the app's database has. */
export const DATA_VERSION = migrations.length;

/** The steps an export file goes through: those that change what is exported. */
export const exportedMigrations: readonly Migration[] = migrations.filter((m) => !m.derivedOnly);

/** One step, held to its promise: a table it was given keeps its number of rows (a derived one aside). */
export function runMigration(migration: Migration, rows: Rows): Rows {
  const out = migration.up(rows);
  for (const table of TABLES) {
    if (DERIVED_TABLES.includes(table)) continue;
    const before = rows[table];
    if (before && out[table]?.length !== before.length)
      throw new Error(`Version ${migration.version} did not keep every row of ${table}`);
  }
  return out;
}

/** Rows of version `from` brought up to the last version of `list`, step by step. */
export function migrate(rows: Rows, from: number, list: readonly Migration[] = migrations): Rows {
  let out = rows;
  for (const migration of list) if (migration.version > from) out = runMigration(migration, out);
  return out;
}
