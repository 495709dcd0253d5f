// Property tests of the import: whatever a file holds, reading it never throws, a bad file is
// refused with words, and a refused import leaves the database as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { FootholdDb } from '../../src/data/db';
import { deleteAll } from '../../src/data/sessions';
import { buildExport, type ExportFile, readAllSessions } from '../../src/data/transfer/format';
import { ImportConflictError, importFile } from '../../src/data/transfer/importFile';
import { parseImport } from '../../src/data/transfer/validate';
import { say } from '../../src/domain/phrase';
import { english } from './intl';
import {
  audienceStoppedEarly,
  calmInterrupted,
  heightsCompleted,
  threeSessions,
} from './sessionLogs';

const db = new FootholdDb(`transfer-property-${Date.now()}`);
afterAll(async () => {
  db.close();
  await db.delete();
});

const validText = () =>
  JSON.stringify(buildExport(threeSessions(), '0.1.0', new Date(Date.UTC(2026, 1, 1))));

async function dump() {
  return { sessions: await db.sessions.toArray(), events: await db.events.toArray() };
}

/** What the review page does with a chosen file: parse, and import only what parsed. */
async function importText(text: string) {
  const parsed = parseImport(text, findScene);
  if (!parsed.ok) return { problem: say(english, parsed.problem), imported: null };
  return { problem: null, imported: await importFile(db, parsed.file), file: parsed.file };
}

function expectRefusedOrValid(result: ReturnType<typeof parseImport>) {
  if (result.ok) {
    expect(result.file.format).toBe('foothold-log');
  } else {
    const words = say(english, result.problem);
    expect(typeof words).toBe('string');
    expect(words.length).toBeGreaterThan(0);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, the root excepted. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((k) => {
    const path = [...prefix, k];
    const child = (value as Record<string | number, Json>)[k] as Json;
    return [path, ...paths(child, path)];
  });
}

type Mutation =
  | { kind: 'set'; value: Json }
  | { kind: 'delete' }
  | { kind: 'proto'; value: Json }
  | { kind: 'number'; value: number };

function mutate(root: Json, path: (string | number)[], mutation: Mutation): void {
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const key = path.at(-1) as string | number;
  switch (mutation.kind) {
    case 'set':
      parent[key] = mutation.value;
      break;
    case 'number':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'proto': {
      // An own "__proto__" key, as JSON.parse makes one, at the object at this path (or its parent).
      const target = (
        parent[key] !== null && typeof parent[key] === 'object' ? parent[key] : parent
      ) as object;
      Object.defineProperty(target, '__proto__', {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    }
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('proto' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer({ min: -10, max: 200 }),
      fc.constantFrom(0, 5, 100, 1e308, -1, 2 ** 53),
    ),
  }),
);

describe('parseImport on anything', () => {
  it('never throws for arbitrary JSON or text, and says what is wrong', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((j) => JSON.stringify(j)),
          fc.string(),
        ),
        (text) => {
          const result = parseImport(text, findScene);
          expect(result.ok).toBe(false);
          expectRefusedOrValid(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws for garbage inside an export-shaped file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2),
        fc.jsonValue(),
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 3 }),
        (formatVersion, garbage, events) => {
          const text = JSON.stringify({
            format: 'foothold-log',
            formatVersion,
            appVersion: '0.1.0',
            exportedAt: '2026-02-01T00:00:00.000Z',
            sessions: [garbage, { ...heightsCompleted().record, events }],
          });
          expectRefusedOrValid(parseImport(text, findScene));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a valid export with one field changed', () => {
  const base = JSON.parse(validText()) as Json;
  const allPaths = paths(base);

  it('is still valid, or is refused with a message and nothing is imported', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: allPaths.length - 1 }),
        mutation,
        async (at, change) => {
          await deleteAll(db);
          const file = structuredClone(base);
          mutate(file, allPaths[at] as (string | number)[], change);
          const result = await importText(JSON.stringify(file));
          if (result.problem !== null) {
            expect(result.problem.length).toBeGreaterThan(0);
            // Refused: the import never ran, so the database is as empty as before.
            expect(await dump()).toEqual({ sessions: [], events: [] });
            return;
          }
          // Accepted: reading it again gives the same file, and it is what the database holds.
          const accepted = result.file as ExportFile;
          expect(parseImport(JSON.stringify(accepted), findScene)).toEqual({
            ok: true,
            file: accepted,
          });
          const here = await readAllSessions(db);
          expect(new Set(here.map((s) => s.record.id))).toEqual(
            new Set(accepted.sessions.map((s) => s.id)),
          );
          for (const { events, ...record } of accepted.sessions) {
            expect(here.find((s) => s.record.id === record.id)).toEqual({ record, events });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a valid file that conflicts with the database', () => {
  it('throws and leaves every session and event as it was', async () => {
    await deleteAll(db);
    await importFile(db, parsedOrThrow(validText()));
    const before = await dump();
    const original = threeSessions();

    // A change that keeps the file valid but makes one session differ from the one stored here.
    const change = fc.oneof(
      fc.record({ kind: fc.constant('rating' as const), suds: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant('later' as const), ms: fc.integer({ min: 1, max: 10_000 }) }),
      fc.record({ kind: fc.constant('note' as const), text: fc.string({ minLength: 1 }) }),
      fc.record({ kind: fc.constant('drop' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        change,
        fc.boolean(),
        async (which, edit, withNew) => {
          const sessions = threeSessions();
          const target = sessions[which] as (typeof sessions)[number];
          const ratings = target.events.filter((e) => e.type === 'suds');
          const last = target.events.at(-1);
          if (edit.kind === 'rating') {
            const rating = ratings[0];
            if (rating?.type !== 'suds') return;
            rating.suds = rating.suds === edit.suds * 5 ? (rating.suds + 5) % 105 : edit.suds * 5;
          } else if (edit.kind === 'later' && last) {
            last.at += edit.ms;
            if (target.record.endedAt !== undefined) target.record.endedAt += edit.ms;
          } else if (edit.kind === 'note' && last) {
            // A note may come at any time, even after the end.
            if (edit.text.trim() === '') return;
            const { sessionId, seq, mode, at } = last;
            target.events.push({
              type: 'note',
              sessionId,
              seq: seq + 1,
              mode,
              at,
              text: edit.text,
            });
          } else if (edit.kind === 'drop') {
            // The interrupted one may lose its last event and stay valid.
            if (target.record.status !== 'interrupted') return;
            target.events.pop();
            target.record.endedAt = target.events.at(-1)?.at;
          }
          if (withNew) {
            sessions.push(
              heightsCompleted('0e000000-0000-4000-8000-000000000001', Date.UTC(2026, 2, 1)),
              audienceStoppedEarly('0e000000-0000-4000-8000-000000000002'),
              calmInterrupted('0e000000-0000-4000-8000-000000000003'),
            );
          }
          const text = JSON.stringify(buildExport(sessions, '0.1.0', new Date()));
          const parsed = parseImport(text, findScene);
          expect(parsed).toMatchObject({ ok: true });
          if (!parsed.ok) return;
          await expect(importFile(db, parsed.file)).rejects.toBeInstanceOf(ImportConflictError);
          expect(await dump()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
    expect(await readAllSessions(db)).toEqual(original);
  });
});

function parsedOrThrow(text: string): ExportFile {
  const result = parseImport(text, findScene);
  if (!result.ok) throw new Error(say(english, result.problem));
  return result.file;
}
