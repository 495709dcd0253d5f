import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { schemaVersions } from '../../src/data/schema';
import {
  deleteAll,
  deleteSession,
  markInterrupted,
  readSession,
  writeEvent,
} from '../../src/data/sessions';
import { neutraliseCell, toCsv } from '../../src/data/transfer/csv';
import {
  buildExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type LoggedSession,
  readAllSessions,
} from '../../src/data/transfer/format';
import { ImportConflictError, importFile } from '../../src/data/transfer/importFile';
import { IMPORT_MAX_EVENTS } from '../../src/data/transfer/limits';
import { importLogFile } from '../../src/data/transfer/readImport';
import { parseImport } from '../../src/data/transfer/validate';
import { say } from '../../src/domain/phrase';
import type { SessionRecord, StoredEvent } from '../../src/domain/session/events';
import { modesFromXr } from '../../src/domain/session/logRules';
import { freshDatabases } from './freshDb';
import { english } from './intl';
import {
  audienceStoppedEarly,
  calmInterrupted,
  heightsCompleted,
  logged,
  threeSessions,
} from './sessionLogs';

const { fresh: freshDb } = freshDatabases('transfer');

const exportText = (sessions: LoggedSession[]) =>
  JSON.stringify(buildExport(sessions, '0.1.0', new Date(Date.UTC(2026, 1, 1, 12))));

function parsed(text: string): ExportFile {
  const result = parseImport(text, findScene);
  if (!result.ok) throw new Error(say(english, result.problem));
  return result.file;
}

/** What parseImport says of a text, its problem in English. */
function said(text: string) {
  const result = parseImport(text, findScene);
  return result.ok ? result : { ok: false, problem: say(english, result.problem) };
}

/** The problem parseImport finds in an export after `change` edits its plain JSON. */
function problemAfter(change: (file: { sessions: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(exportText([heightsCompleted()]));
  change(file);
  const result = parseImport(JSON.stringify(file), findScene);
  return result.ok ? 'accepted' : say(english, result.problem);
}
const eventsOf = (file: { sessions: Record<string, unknown>[] }, i = 0) =>
  file.sessions[i]?.events as Record<string, unknown>[];

describe('JSON export and import', () => {
  it('round-trips what the app stored: export → parse → import into a fresh database → read', async () => {
    // Written as the app writes: event by event, the unfinished one marked by recovery.
    const source = freshDb();
    for (const { record, events } of threeSessions()) {
      for (const event of events)
        await writeEvent(
          source,
          event,
          event.seq === 0 ? { ...record, status: 'active' } : undefined,
        );
      if (record.status === 'interrupted') {
        await markInterrupted(source, record.id);
        await source.sessions.update(record.id, { noticeDismissed: true });
      }
    }
    const stored = await readAllSessions(source);
    expect(stored).toEqual(threeSessions());

    const file = buildExport(stored, '0.1.0', new Date(Date.UTC(2026, 1, 1, 12)));
    expect(file).toMatchObject({
      format: 'foothold-log',
      formatVersion: 6,
      appVersion: '0.1.0',
      exportedAt: '2026-02-01T12:00:00.000Z',
    });
    const target = freshDb();
    expect(await importFile(target, parsed(JSON.stringify(file, null, 1)))).toEqual({
      added: 3,
      alreadyHere: 0,
      stepsAdded: 0,
    });
    expect(await readAllSessions(target)).toEqual(stored);
    // Idempotent: importing the same file again adds nothing and rewrites nothing.
    await target.sessions.update(stored[0]?.record.id ?? '', { noticeDismissed: false });
    expect(await importFile(target, parsed(JSON.stringify(file)))).toEqual({
      added: 0,
      alreadyHere: 3,
      stepsAdded: 0,
    });
    expect((await target.sessions.get(stored[0]?.record.id ?? ''))?.noticeDismissed).toBe(false);
    expect(await target.events.count()).toBe(stored.reduce((n, s) => n + s.events.length, 0));
  });

  it('adds only the sessions not yet here, counting the others', async () => {
    const db = freshDb();
    await importFile(db, parsed(exportText([heightsCompleted()])));
    expect(await importFile(db, parsed(exportText(threeSessions())))).toEqual({
      added: 2,
      alreadyHere: 1,
      stepsAdded: 0,
    });
    expect((await readAllSessions(db)).map((s) => s.record.id)).toEqual(
      threeSessions().map((s) => s.record.id),
    );
  });

  it('turns a session exported while it ran into an interrupted one, ended at its last event', () => {
    const running = calmInterrupted();
    running.record = { ...running.record, status: 'active' };
    delete running.record.endedAt;
    const [session] = parsed(exportText([running])).sessions;
    expect(session).toMatchObject({ status: 'interrupted', endedAt: running.events.at(-1)?.at });
  });

  it('refuses, changing nothing, a file whose session is here with other events', async () => {
    const db = freshDb();
    await importFile(db, parsed(exportText([heightsCompleted()])));
    const before = await readAllSessions(db);
    const other = heightsCompleted();
    const rating = other.events.find((e) => e.type === 'suds');
    if (rating?.type === 'suds') rating.suds = 90;
    const file = parsed(exportText([audienceStoppedEarly(), other]));
    const attempt = importFile(db, file);
    await expect(attempt).rejects.toBeInstanceOf(ImportConflictError);
    const error = await attempt.catch((e: unknown) => e);
    expect(say(english, (error as ImportConflictError).problem)).toBe(
      'The session of 2026-01-12 18:00 UTC (sessions[1], id "a1b2c3d4-0000-4000-8000-000000000001") is already on this device with different events. To import the file\'s copy, delete the one on this device first.',
    );
    // The page is told through the import's outcome, in the conflict's own words.
    const chosen = new Blob([exportText([audienceStoppedEarly(), other])]);
    expect(await importLogFile(db, chosen, findScene)).toEqual({
      ok: false,
      problem: (error as ImportConflictError).problem,
    });
    expect(error).toMatchObject({ sessionId: 'a1b2c3d4-0000-4000-8000-000000000001', index: 1 });
    expect(await readAllSessions(db)).toEqual(before);
  });

  it('treats events left without their record as a conflict rather than adding beside them', async () => {
    const db = freshDb();
    const session = calmInterrupted();
    await db.events.bulkAdd(session.events);
    await expect(importFile(db, parsed(exportText([session])))).rejects.toBeInstanceOf(
      ImportConflictError,
    );
    expect(await db.sessions.count()).toBe(0);
  });

  it('reads 730 sessions and 30,000 events back grouped, newest first', async () => {
    const db = freshDb();
    const t0 = Date.UTC(2024, 0, 1);
    const records: SessionRecord[] = [];
    const events: StoredEvent[] = [];
    for (let i = 0; i < 730; i++) {
      const session = heightsCompleted(`s${String(i).padStart(3, '0')}`, t0 + i * 86_400_000);
      records.push(session.record);
      events.push(...session.events);
    }
    while (events.length < 30_000) {
      const last = events.at(-1) as StoredEvent;
      events.push({ ...last, seq: last.seq + 1 });
    }
    await db.sessions.bulkAdd(records);
    await db.events.bulkAdd(events);
    const all = await readAllSessions(db);
    expect(all).toHaveLength(730);
    expect(all[0]?.record.id).toBe('s729');
    expect(all.at(-1)?.record.id).toBe('s000');
    expect(all.reduce((n, s) => n + s.events.length, 0)).toBe(30_000);
    for (const s of all) {
      expect(s.events.every((e, i) => e.sessionId === s.record.id && e.seq === i)).toBe(true);
    }
  });
});

describe('deleting', () => {
  it('deletes one session with its events, and everything', async () => {
    const db = freshDb();
    await importFile(db, parsed(exportText(threeSessions())));
    await deleteSession(db, 'e5f60000-0000-4000-8000-000000000002');
    expect((await readAllSessions(db)).map((s) => s.record.id)).toEqual([
      'c9000000-0000-4000-8000-000000000003',
      'a1b2c3d4-0000-4000-8000-000000000001',
    ]);
    expect(
      await db.events.where('sessionId').equals('e5f60000-0000-4000-8000-000000000002').count(),
    ).toBe(0);
    expect(await readSession(db, 'c9000000-0000-4000-8000-000000000003')).toEqual({
      record: calmInterrupted().record,
      events: calmInterrupted().events,
    });
    await deleteAll(db);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('CSV', () => {
  const T = Date.UTC(2026, 0, 15, 9, 30);
  const handMade = () =>
    logged('s-1', [
      {
        type: 'started',
        at: T,
        sceneId: 'heights',
        level: 2,
        params: { elevation: 10 },
        seed: 1,
        before: { sudsNow: 20, sudsExpected: 50 },
        promptMinutes: 2,
      },
      { type: 'suds', at: T + 30_000, suds: 25, prompted: false },
      {
        type: 'pacer',
        at: T + 45_000,
        visible: true,
        pattern: { id: 'resonance', inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
      },
      { type: 'xr-enter', at: T + 60_000 },
      { type: 'intensity', at: T + 90_000, level: 3, params: { elevation: 20 }, custom: true },
      { type: 'suds', at: T + 120_500, suds: 40, prompted: true },
      { type: 'pacer', at: T + 130_000, visible: false },
      { type: 'xr-exit', at: T + 150_000 },
      { type: 'suds', at: T + 181_234, suds: 35, prompted: false },
      { type: 'stop', at: T + 200_000, early: false, via: 'finish-button' },
      { type: 'end', at: T + 210_000, after: { sudsEnd: 30 } },
    ]);
  // Ids and scenes come from files too: this one would be formulas and broken rows unguarded.
  const hostile = () =>
    logged('@home', [
      {
        type: 'started',
        at: T + 86_400_000,
        sceneId: '-x, "q"\nline',
        level: 1,
        params: {},
        seed: 1,
        before: { sudsNow: 10, sudsExpected: 10 },
        promptMinutes: 2,
      },
      { type: 'suds', at: T + 86_400_000, suds: 0, prompted: false },
      { type: 'suds', at: T + 86_400_001, suds: 100, prompted: false },
    ]);

  it('writes one row per rating with the level, pacer and mode in force, exactly', () => {
    expect(toCsv([handMade(), hostile()])).toBe(
      [
        'session_id,started_at,scene,level,seconds_since_start,suds,prompted,pacer_on,mode',
        's-1,2026-01-15T09:30:00.000Z,heights,2,30,25,no,no,desktop',
        's-1,2026-01-15T09:30:00.000Z,heights,3,120.5,40,yes,yes,xr',
        's-1,2026-01-15T09:30:00.000Z,heights,3,181.234,35,no,no,desktop',
        `'@home,2026-01-16T09:30:00.000Z,"'-x, ""q""\nline",1,0,0,no,no,desktop`,
        `'@home,2026-01-16T09:30:00.000Z,"'-x, ""q""\nline",1,0.001,100,no,no,desktop`,
        '',
      ].join('\r\n'),
    );
    expect(toCsv([])).toBe(
      'session_id,started_at,scene,level,seconds_since_start,suds,prompted,pacer_on,mode\r\n',
    );
  });

  it('parses back with an RFC 4180 reader to the same cells', () => {
    const rows = readCsv(toCsv([hostile(), ...threeSessions()]));
    expect(rows[0]).toHaveLength(9);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows[1]?.[2]).toBe(`'-x, "q"\nline`);
    const ratings = threeSessions().flatMap((s) => s.events.filter((e) => e.type === 'suds'));
    expect(rows.slice(3).map((r) => Number(r[5]))).toEqual(
      ratings.map((e) => (e.type === 'suds' ? e.suds : -1)),
    );
    expect(rows.slice(3).map((r) => r[8])).toEqual(ratings.map((e) => e.mode));
  });

  it('has no formula cell however a spreadsheet splits it: at commas, semicolons or tabs', () => {
    // Ids and scene names stored before the import checked them could hold anything.
    const formulas = ['=1+2', '+1', '-x', '@SUM(1', '\t=1', '\r=1'];
    const odd = formulas.flatMap((f) => [',', ';', '\t', '\n'].map((sep) => `a${sep}${f}`));
    const sessions = odd.map((text, i) => {
      const log = hostile();
      const record = { ...log.record, id: `${text}${i}`, sceneId: text };
      return { record, events: log.events.map((e) => ({ ...e, sessionId: record.id })) };
    });
    const csv = toCsv(sessions);
    for (const separator of [',', ';', '\t']) {
      const cells = readCsv(csv, separator).flat();
      const formula = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
      expect(formula, `split at ${JSON.stringify(separator)}`).toEqual([]);
    }
    // Read as written, every odd text comes back whole.
    const rows = readCsv(csv).slice(1);
    expect(rows.filter((_, i) => i % 2 === 0).map((r) => r[2])).toEqual(odd);
  });

  it('neutralises cells a spreadsheet would read as formulas, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    for (const plain of ['SUM(A1)', ' =1', "'=1", 'a=b', '', '1-2', 'héights'])
      expect(neutraliseCell(plain)).toBe(plain);
  });
});

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
function readCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

describe('format version 1', () => {
  it('computes mode from the headset entries and exits, as the schema upgrade does', () => {
    expect(
      modesFromXr(
        ['started', 'suds', 'xr-enter', 'suds', 'xr-exit', 'suds', 'xr-enter', 'stop', 'end'].map(
          (type) => ({ type }),
        ),
      ),
    ).toEqual(['desktop', 'desktop', 'xr', 'xr', 'desktop', 'desktop', 'xr', 'xr', 'xr']);
    expect(modesFromXr([])).toEqual([]);
  });

  it('migrates a version 1 file (no mode) and imports it', async () => {
    const sessions = threeSessions();
    const v1 = JSON.parse(exportText(sessions));
    v1.formatVersion = 1;
    delete v1.steps;
    delete v1.places;
    delete v1.ladders;
    for (const s of v1.sessions) for (const e of s.events) delete e.mode;
    const file = parsed(JSON.stringify(v1));
    expect(file.formatVersion).toBe(EXPORT_VERSION);
    // These logs were written with the same rule, so the computed modes are the logged ones.
    expect(file.sessions.map(({ events, ...record }) => ({ record, events }))).toEqual(sessions);
    const db = freshDb();
    expect(await importFile(db, file)).toEqual({ added: 3, alreadyHere: 0, stepsAdded: 0 });
    expect(await readAllSessions(db)).toEqual(sessions);
  });

  it('refuses mode in a version 1 file, and its absence in version 2', () => {
    const v1 = JSON.parse(exportText([heightsCompleted()]));
    v1.formatVersion = 1;
    delete v1.steps;
    delete v1.places;
    delete v1.ladders;
    expect(said(JSON.stringify(v1))).toEqual({
      ok: false,
      problem: 'sessions[0].events[0].mode: a version 1 export has no mode: it came later',
    });
    expect(
      problemAfter((f) => {
        delete eventsOf(f)[3]?.mode;
      }),
    ).toBe('sessions[0].events[3].mode: missing');
  });

  it('still opens a database written with schema version 1 (see storage.test.ts)', () => {
    expect(schemaVersions.map((s) => s.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('import messages', () => {
  it('say what is wrong and where, for typical mistakes', () => {
    expect(said('{"format": "foothold-log", ')).toEqual({
      ok: false,
      problem:
        'This is not a Foothold export: it is not valid JSON at line 1, column 28 (the file ends before the data does).',
    });
    expect(said('[1, 2]')).toEqual({
      ok: false,
      problem: 'This is not a Foothold export: it has no "format": "foothold-log".',
    });
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).format = 'foothold-backup';
      }),
    ).toBe('format: "foothold-backup" is not "foothold-log", so this is not a Foothold export.');
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).formatVersion = 7;
      }),
    ).toBe(
      'formatVersion: 7 comes from a newer Foothold; this one reads versions 1 to 6. Update Foothold to import it.',
    );
    expect(
      problemAfter((f) => {
        delete (f as Record<string, unknown>).sessions;
      }),
    ).toBe('sessions: missing');
    expect(
      problemAfter((f) => {
        (eventsOf(f)[1] as Record<string, unknown>).suds = 130;
      }),
    ).toBe('sessions[0].events[1].suds: 130 is above 100: ratings go from 0 to 100.');
    expect(
      problemAfter((f) => {
        (eventsOf(f)[1] as Record<string, unknown>).suds = '50';
      }),
    ).toBe('sessions[0].events[1].suds: expected a number, found "50"');
    expect(
      problemAfter((f) => {
        (eventsOf(f)[1] as Record<string, unknown>).suds = 42;
      }),
    ).toBe('sessions[0].events[1].suds: 42 is not a step of 5: ratings go 0, 5, 10, … 100.');
    expect(
      problemAfter((f) => {
        eventsOf(f).splice(2, 1);
      }),
    ).toBe('sessions[0].events[2].seq: 3 where 2 comes next (seq counts 0, 1, 2, … with no gaps)');
    expect(
      problemAfter((f) => {
        (eventsOf(f)[4] as Record<string, unknown>).sessionId = 'someone-else';
      }),
    ).toBe(
      'sessions[0].events[4].sessionId: "someone-else" is not this session\'s id "a1b2c3d4-0000-4000-8000-000000000001"',
    );
    expect(
      problemAfter((f) => {
        Object.assign(eventsOf(f)[11] as object, { type: 'pause', reason: 'person' });
      }),
    ).toBe('sessions[0].events[11]: The session is not running.');
    expect(
      problemAfter((f) => {
        (eventsOf(f)[1] as Record<string, unknown>).type = 'jump';
      }),
    ).toBe('sessions[0].events[1].type: "jump" is not an event type');
    expect(
      problemAfter((f) => {
        const first = f.sessions[0] as Record<string, unknown>;
        first.status = 'completed';
        first.events = eventsOf(f).slice(0, 5);
      }),
    ).toBe('sessions[0].status: "completed", but the log has no end (it would be "interrupted")');
    expect(
      problemAfter((f) => {
        (f.sessions[0] as Record<string, unknown>).status = 'stopped-early';
      }),
    ).toBe('sessions[0].status: "stopped-early", but the log ends the session "completed"');
    expect(
      problemAfter((f) => {
        f.sessions.push(f.sessions[0] as Record<string, unknown>);
      }),
    ).toBe('sessions[1].id: "a1b2c3d4-0000-4000-8000-000000000001" is also the id of sessions[0]');
    expect(
      problemAfter((f) => {
        eventsOf(f).shift();
      }),
    ).toBe('sessions[0].events[0].seq: 1 where 0 comes next (seq counts 0, 1, 2, … with no gaps)');
  });

  it('name fields that are not part of an export, including prototype keys', () => {
    const withKey = (json: string) => {
      const result = parseImport(json, findScene);
      return result.ok ? 'accepted' : say(english, result.problem);
    };
    const text = exportText([heightsCompleted()]);
    expect(withKey(text.replace('"seq":1,', '"seq":1,"__proto__":{"polluted":true},'))).toBe(
      'sessions[0].events[1].__proto__: unknown field',
    );
    expect(withKey(text.replace('"elevation":20', '"__proto__":{"x":1},"elevation":20'))).toBe(
      'sessions[0].events[0].params: "__proto__" cannot be a name here',
    );
    expect(withKey(text.replace('"format"', '"colour":"blue","format"'))).toBe(
      'colour: unknown field',
    );
    expect(withKey(text.replace('"startedAt":', '"startedAt":1e400,"x":'))).toBe(
      'sessions[0].startedAt: Infinity is not a time (milliseconds since 1970)',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('say what each field check refuses, in the words of the check', () => {
    const event = (f: { sessions: Record<string, unknown>[] }, i: number) =>
      eventsOf(f)[i] as Record<string, unknown>;
    expect(
      problemAfter((f) => {
        event(f, 12).text = 'x'.repeat(10_001);
      }),
    ).toBe('sessions[0].events[12].text: text of 10,001 characters, longer than 10,000');
    expect(
      problemAfter((f) => {
        (f.sessions[0] as Record<string, unknown>).sceneId = '';
      }),
    ).toBe('sessions[0].sceneId: "" is not a name of 1 to 200 characters');
    expect(
      problemAfter((f) => {
        event(f, 1).seq = -1;
      }),
    ).toBe('sessions[0].events[1].seq: -1 is not a whole number from 0 to 9,007,199,254,740,991');
    expect(
      problemAfter((f) => {
        event(f, 0).level = 11;
      }),
    ).toBe('sessions[0].events[0].level: 11 is not a level: levels go from 1 to 10');
    expect(
      problemAfter((f) => {
        event(f, 0).params = [1];
      }),
    ).toBe('sessions[0].events[0].params: expected an object of names and values, found a list');
    expect(
      problemAfter((f) => {
        eventsOf(f)[1] = [] as unknown as Record<string, unknown>;
      }),
    ).toBe('sessions[0].events[1]: expected an event (an object), found a list');
    expect(
      problemAfter((f) => {
        f.sessions[0] = null as unknown as Record<string, unknown>;
      }),
    ).toBe('sessions[0]: expected an object, found null');
    expect(
      problemAfter((f) => {
        event(f, 1).mode = 'phone';
      }),
    ).toBe('sessions[0].events[1].mode: expected "desktop" or "xr", found "phone"');
    expect(
      problemAfter((f) => {
        event(f, 1).prompted = 'no';
      }),
    ).toBe('sessions[0].events[1].prompted: expected true or false, found "no"');
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).appVersion = '';
      }),
    ).toBe('appVersion: "" is not a version of 1 to 100 characters');
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).exportedAt = 'yesterday';
      }),
    ).toBe('exportedAt: "yesterday" is not a date and time (ISO 8601)');
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).formatVersion = 0;
      }),
    ).toBe('formatVersion: expected 1, 2, 3, 4, 5 or 6, found 0');
    expect(
      problemAfter((f) => {
        (f as Record<string, unknown>).sessions = {};
      }),
    ).toBe('sessions: expected a list, found an object');
  });

  it('refuse files with more events than the largest log Foothold writes', () => {
    const many = `{"format":"foothold-log","formatVersion":2,"sessions":[{"events":[${'0,'.repeat(IMPORT_MAX_EVENTS)}0]}]}`;
    expect(said(many)).toEqual({
      ok: false,
      problem: 'This file holds 1,899,561 events; Foothold imports at most 1,899,560 at a time.',
    });
  });

  it('refuse a session longer than any Foothold logs, and input that is not text', () => {
    const file = JSON.parse(exportText([heightsCompleted()]));
    const events = file.sessions[0].events;
    const note = { ...events[12] };
    events.length = 12;
    for (let seq = 12; seq <= 10_000; seq++) events.push({ ...note, seq });
    expect(said(JSON.stringify(file))).toEqual({
      ok: false,
      problem: 'sessions[0].events: 10,001 events; Foothold imports at most 10,000 for one session',
    });
    expect(said(undefined as unknown as string)).toEqual({
      ok: false,
      problem: 'This is not a Foothold export: it is not text.',
    });
  });

  it('exports with the format name and version the import reads', () => {
    expect([EXPORT_FORMAT, EXPORT_VERSION]).toEqual(['foothold-log', 6]);
  });
});
