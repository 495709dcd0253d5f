// The import at the size of the largest log: limits derived from that log, a file over them
// refused by its size before any of it is read, a file read as it streams in, and JSON errors
// that say where.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { buildExport, readAllSessions } from '../../src/data/transfer/format';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_EVENTS,
  IMPORT_MAX_SESSION_EVENTS,
  IMPORT_MAX_SESSIONS,
  importSizeProblem,
  LOG_SESSIONS,
  SESSION_BYTES,
  SESSION_EVENTS,
} from '../../src/data/transfer/limits';
import { type ImportProgress, importLogFile, readImport } from '../../src/data/transfer/readImport';
import { parseImport } from '../../src/data/transfer/validate';
import { type Phrase, say } from '../../src/domain/phrase';
import { importLog } from '../../src/state/importLog';
import { seedLog } from '../tools/seed-log.mjs';
import { freshDatabases } from './freshDb';
import { english } from './intl';
import { threeSessions } from './sessionLogs';

const { fresh } = freshDatabases('import-scale');

/** An import's result with its problem said in English. */
function said<T extends { ok: boolean }>(result: T | { ok: false; problem: Phrase }) {
  return 'problem' in result ? { ok: false, problem: say(english, result.problem) } : result;
}

const exportText = () =>
  JSON.stringify(
    buildExport(threeSessions(), '0.1.0', new Date(Date.UTC(2026, 1, 1, 12))),
    null,
    1,
  );

/** A file of this size whose bytes fail the test if anything reads them. */
function unreadable(size: number): File {
  const fail = () => {
    throw new Error('the file was read');
  };
  return {
    size,
    name: 'huge.json',
    stream: fail,
    text: fail,
    arrayBuffer: fail,
    slice: fail,
  } as unknown as File;
}

/** A blob that streams its text in small pieces, as a large file does. */
function streamed(text: string, piece = 4096): Blob {
  const bytes = new TextEncoder().encode(text);
  return {
    size: bytes.byteLength,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.byteLength; at += piece)
            controller.enqueue(bytes.slice(at, at + piece));
          controller.close();
        },
      }),
  } as unknown as Blob;
}

describe('the import limits', () => {
  it('follow from ten years of daily hour-long sessions with heart rate at 1 Hz', () => {
    expect(LOG_SESSIONS).toBe(3653);
    // 120 ratings (two a minute), 40 other events, 360 heart batches of 10 s.
    expect(SESSION_EVENTS).toBe(520);
    expect(IMPORT_MAX_EVENTS).toBe(3653 * 520);
    expect(IMPORT_MAX_BYTES).toBe(3653 * SESSION_BYTES);
    expect(SESSION_BYTES).toBe(512 + 520 * 256 + 3600 * 16);
    expect(IMPORT_MAX_SESSIONS).toBeGreaterThanOrEqual(LOG_SESSIONS);
    expect(IMPORT_MAX_SESSION_EVENTS).toBeGreaterThanOrEqual(SESSION_EVENTS);
  });

  it('take the ten-year log a daily practice of 30 ratings writes, and far more', () => {
    const log = seedLog({ sessions: 3650 });
    const events = log.sessions.reduce((n, s) => n + s.events.length, 0);
    const bytes = JSON.stringify(log, null, 1).length;
    expect(events).toBeGreaterThan(100_000);
    expect(events * 10).toBeLessThan(IMPORT_MAX_EVENTS);
    expect(bytes * 10).toBeLessThan(IMPORT_MAX_BYTES);
    // The bytes an event takes in the file, measured: within what the derivation allows.
    expect(bytes / events).toBeLessThan(256);
  });
});

describe('a file over the limit', () => {
  it('is refused by its size, with the size, before a byte is read', async () => {
    const size = IMPORT_MAX_BYTES + 1;
    const problem =
      'This file is 698,570,497 bytes; the largest log Foothold writes (ten years of the longest daily sessions) is 698,570,496 bytes, so it is not a Foothold export.';
    const refused = importSizeProblem(size);
    expect(refused && say(english, refused)).toBe(problem);
    expect(importSizeProblem(IMPORT_MAX_BYTES)).toBeNull();
    expect(said(await readImport(unreadable(size), findScene))).toEqual({ ok: false, problem });
    expect(said(await importLog(unreadable(600 * 2 ** 20 + IMPORT_MAX_BYTES), () => {}))).toEqual({
      ok: false,
      problem:
        'This file is 1,266 MB; the largest log Foothold writes (ten years of the longest daily sessions) is 666 MB, so it is not a Foothold export.',
    });
  });
});

describe('JSON errors', () => {
  it('say the line and column, read whole or streamed', async () => {
    const text = exportText();
    const nan = text.replace('"suds": 45', '"suds": NaN');
    const line = nan.slice(0, nan.indexOf('NaN')).split('\n').length;
    const column = nan.indexOf('NaN') - nan.lastIndexOf('\n', nan.indexOf('NaN'));
    const atNaN = `This is not a Foothold export: it is not valid JSON at line ${line}, column ${column} (unexpected "N" where a value comes).`;
    expect(said(parseImport(nan, findScene))).toEqual({ ok: false, problem: atNaN });
    expect(said(await readImport(streamed(nan, 7), findScene))).toEqual({
      ok: false,
      problem: atNaN,
    });

    const stray = `${text}x`;
    const last = text.split('\n');
    const atEnd = `This is not a Foothold export: it is not valid JSON at line ${last.length}, column ${(last.at(-1) ?? '').length + 1} (unexpected "x" after the end of the data).`;
    expect(said(parseImport(stray, findScene))).toEqual({ ok: false, problem: atEnd });
    expect(said(await readImport(streamed(stray), findScene))).toEqual({
      ok: false,
      problem: atEnd,
    });
  });
});

describe('a streamed import', () => {
  it('reads, checks and writes what the whole text would, reporting progress in order', async () => {
    const text = JSON.stringify(seedLog({ sessions: 40, ratingsPerSession: 6 }), null, 1);
    const seen: ImportProgress[] = [];
    const streamedResult = await readImport(streamed(text, 1000), findScene, (p) => seen.push(p));
    expect(streamedResult).toEqual(parseImport(text, findScene));

    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(2);
    expect(reading.at(-1)).toEqual({ phase: 'reading', done: text.length, total: text.length });
    expect(seen.filter((p) => p.phase === 'checking').at(-1)).toEqual({
      phase: 'checking',
      done: 40,
      total: 40,
    });
    expect(seen.findIndex((p) => p.phase === 'checking')).toBeGreaterThan(reading.length - 1);
    expect(seen.find((p) => p.phase === 'checking')).toEqual({
      phase: 'checking',
      done: 0,
      total: 40,
    });

    const db = fresh();
    const writes: ImportProgress[] = [];
    expect(await importLogFile(db, streamed(text), findScene, (p) => writes.push(p))).toEqual({
      ok: true,
      added: 40,
      alreadyHere: 0,
      stepsAdded: 0,
    });
    // Each session of the seed: started, 6 ratings, a level change, the stop and the end.
    expect(writes.at(-1)).toEqual({ phase: 'saving', done: 40 * 10, total: 40 * 10 });
    expect(await readAllSessions(db)).toHaveLength(40);
  });

  it('writes nothing when the file is refused', async () => {
    const db = fresh();
    const bad = exportText().replace('"suds": 45', '"suds": 140');
    const outcome = await importLogFile(db, streamed(bad), findScene);
    expect(said(outcome)).toMatchObject({ ok: false, problem: expect.stringContaining('.suds') });
    // The worker posts the outcome to the page: its problem is plain data, said there.
    expect(structuredClone(outcome)).toEqual(outcome);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
