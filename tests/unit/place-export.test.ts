import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import type { FootholdDb } from '../../src/data/db';
import { readSteps } from '../../src/data/ladder';
import { readOwnLadders, readPlaceFile, readPlaces } from '../../src/data/places';
import { ARCHIVE_JSON, buildArchive } from '../../src/data/transfer/archive';
import { readExport, readExportWithMedia } from '../../src/data/transfer/exportData';
import { readAllSessions } from '../../src/data/transfer/format';
import { importFile } from '../../src/data/transfer/importFile';
import { importLogFile } from '../../src/data/transfer/readImport';
import { parseImport } from '../../src/data/transfer/validate';
import { ladderOf } from '../../src/domain/ladder/ladder';
import { say } from '../../src/domain/phrase';
import type { Place } from '../../src/domain/places/place';
import { addOwnPlace } from '../../src/state/places';
import { freshDatabases } from './freshDb';
import { english } from './intl';
import { logged } from './sessionLogs';

const { fresh } = freshDatabases('place-export');

const device = {
  maxTextureSize: 8192,
  estimate: async () => ({ usage: 0, quota: 1024 ** 4 }),
  persist: async () => true,
};
const bytes = (n: number, fill: number) => new Uint8Array(n).map((_, i) => (i * fill) % 251);

/** A device with a 360° photo on the heights ladder, a video on a ladder of the person's own, and a session at the photo. */
async function deviceWithPlaces(db: FootholdDb) {
  const photo = await addOwnPlace(
    new File([bytes(5000, 7)], 'bridge.jpg', { type: 'image/jpeg' }),
    { width: 4096, height: 2048 },
    { name: 'The bridge', ladder: { id: 'heights' }, expectedSuds: 50, level: 4 },
    device,
    db,
    ['heights'],
  );
  const video = await addOwnPlace(
    new File([bytes(9000, 3)], 'lift.webm', { type: 'video/webm' }),
    { width: 1920, height: 1080 },
    { name: 'The lift at work', ladder: { newName: 'Lifts' }, expectedSuds: 70, level: 10 },
    device,
    db,
  );
  if (!photo.ok || !video.ok) throw new Error('not stored');
  const step = (await readSteps(db)).find((s) => s.placeId === photo.place.id);
  const place = findScene('place');
  if (!step || !place) throw new Error('no step');
  const t0 = Date.UTC(2026, 10, 2, 9, 0);
  const session = logged(
    'a1b2c3d4-0000-4000-8000-0000000000aa',
    [
      {
        type: 'started',
        at: t0,
        sceneId: 'place',
        level: 4,
        params: step.params,
        seed: 5,
        before: { sudsNow: 20, sudsExpected: 50 },
        promptMinutes: 2,
        step: { id: step.id, name: step.name },
        place: { id: photo.place.id, name: photo.place.name, hash: photo.place.hash },
      },
      { type: 'suds', at: t0 + 60_000, suds: 45, prompted: false },
      { type: 'stop', at: t0 + 120_000, early: false, via: 'finish-button' },
      { type: 'end', at: t0 + 130_000, after: { sudsEnd: 30 } },
    ],
    { stepId: step.id, placeId: photo.place.id },
  );
  await db.sessions.add(session.record);
  await db.events.bulkAdd(session.events);
  return { photo: photo.place, video: video.place };
}

describe('a place in an export', () => {
  it('names the place in the JSON, with its hash, and carries no file', async () => {
    const db = fresh();
    const { photo, video } = await deviceWithPlaces(db);
    const file = await readExport(db, await readAllSessions(db), 'test');
    expect(file.formatVersion).toBe(6);
    expect(file.places.map((p) => [p.name, p.hash, p.kind, p.wrap])).toEqual([
      ['The bridge', photo.hash, 'image', 'around'],
      ['The lift at work', video.hash, 'video', 'ahead'],
    ]);
    expect(file.ladders.map((l) => l.name)).toEqual(['Lifts']);
    const [session] = file.sessions;
    expect(session?.placeId).toBe(photo.id);
    expect(session?.events[0]).toMatchObject({ place: { name: 'The bridge', hash: photo.hash } });
    const text = JSON.stringify(file);
    expect(text.length).toBeLessThan(5000);
    // And it imports back, checked like any export, in a fresh profile: places without files.
    const parsed = parseImport(text, findScene);
    if (!parsed.ok) throw new Error(say(english, parsed.problem));
    const elsewhere = fresh();
    await importFile(elsewhere, parsed.file);
    expect((await readPlaces(elsewhere)).map((p) => p.name).sort()).toEqual([
      'The bridge',
      'The lift at work',
    ]);
    expect(await readPlaceFile(elsewhere, photo.id)).toBeNull();
  });

  it('brings places, files, ladders, steps and sessions back from an archive with media', async () => {
    const db = fresh();
    const { photo, video } = await deviceWithPlaces(db);
    const { archive } = await readExportWithMedia(db, await readAllSessions(db), 'test');
    const elsewhere = fresh();
    const outcome = await importLogFile(elsewhere, archive, findScene);
    if (!outcome.ok) throw new Error(say(english, outcome.problem));
    expect(outcome).toMatchObject({ added: 1, stepsAdded: 2 });
    for (const place of [photo, video]) {
      const original = await readPlaceFile(db, place.id);
      const brought = await readPlaceFile(elsewhere, place.id);
      expect(brought?.type).toBe(place.type);
      expect(new Uint8Array(await (brought as Blob).arrayBuffer())).toEqual(
        new Uint8Array(await (original as Blob).arrayBuffer()),
      );
    }
    const [lifts] = await readOwnLadders(elsewhere);
    expect(ladderOf(await readSteps(elsewhere), lifts?.id ?? '').map((s) => s.name)).toEqual([
      'The lift at work',
    ]);
    expect(ladderOf(await readSteps(elsewhere), 'heights').map((s) => s.name)).toEqual([
      'The bridge',
    ]);
    const [session] = await readAllSessions(elsewhere);
    expect(session?.record.placeId).toBe(photo.id);
    // Importing the same archive again changes nothing.
    const again = await importLogFile(elsewhere, archive, findScene);
    expect(again).toMatchObject({ ok: true, added: 0, alreadyHere: 1, stepsAdded: 0 });
    expect(await elsewhere.media.count()).toBe(2);
  });

  it('refuses an archive whose file is not the one its place names, and writes nothing', async () => {
    const db = fresh();
    const { photo } = await deviceWithPlaces(db);
    const file = await readExport(db, await readAllSessions(db), 'test');
    const places = file.places as Place[];
    const swapped = await buildArchive(
      JSON.stringify(file),
      places.map((place) => ({
        place,
        file: new Blob([place.id === photo.id ? bytes(5000, 8) : bytes(9000, 3)]),
      })),
    );
    const elsewhere = fresh();
    const outcome = await importLogFile(elsewhere, swapped, findScene);
    if (outcome.ok) throw new Error('imported');
    expect(say(english, outcome.problem)).toBe(
      'places[0]: the file in this archive for the place “The bridge” is not the file it names (another hash or size).',
    );
    expect(await elsewhere.sessions.count()).toBe(0);
    expect(await elsewhere.places.count()).toBe(0);
    expect(await elsewhere.media.count()).toBe(0);
  });

  it('refuses a damaged archive, and one without an export, in words', async () => {
    const db = fresh();
    const noExport = new Blob([zipSync({ 'notes.txt': strToU8('hello') })]);
    const noExportOutcome = await importLogFile(db, noExport, findScene);
    expect(noExportOutcome.ok || say(english, noExportOutcome.problem)).toBe(
      `This archive holds no Foothold export (${ARCHIVE_JSON} is missing).`,
    );
    // Cut short in the last file, as a download that stopped: nothing of it is imported.
    const source = fresh();
    await deviceWithPlaces(source);
    const { archive } = await readExportWithMedia(source, await readAllSessions(source), 'test');
    const cutOutcome = await importLogFile(db, archive.slice(0, archive.size - 3000), findScene);
    expect(cutOutcome.ok).toBe(false);
    expect(await db.places.count()).toBe(0);
    expect(await db.media.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses a step on a ladder that is neither a scene’s nor in the file, and a place step with no place', async () => {
    const db = fresh();
    await deviceWithPlaces(db);
    const file = await readExport(db, await readAllSessions(db), 'test');
    const placeStep = file.steps.findIndex((s) => s.ladder !== 'heights' && s.placeId);
    const strayLadder = structuredClone(file);
    strayLadder.ladders = [];
    const noPlace = structuredClone(file);
    noPlace.places = noPlace.places.filter((p) => p.kind === 'image');
    const problem = (f: unknown) => {
      const parsed = parseImport(JSON.stringify(f), findScene);
      return parsed.ok ? 'taken' : say(english, parsed.problem);
    };
    expect(problem(strayLadder)).toMatch(
      new RegExp(
        `^steps\\[${placeStep}\\]\\.ladder: ".+" is neither a scene with a ladder nor a ladder in this file$`,
      ),
    );
    expect(problem(noPlace)).toMatch(
      new RegExp(`^steps\\[${placeStep}\\]\\.placeId: ".+" is not a place in this file$`),
    );
    // An older file cannot hold places: they came in version 5.
    expect(problem({ ...file, formatVersion: 3 })).toBe(
      'places: an export before version 5 has no places or own ladders',
    );
  });
});
