import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { deleteStep, readSteps, saveSteps } from '../../src/data/ladder';
import { hashFile, readOwnLadders, readPlaceFile, readPlaces } from '../../src/data/places';
import { markInterrupted, writeEvent } from '../../src/data/sessions';
import { ladderOf } from '../../src/domain/ladder/ladder';
import { say } from '../../src/domain/phrase';
import { addOwnPlace, deleteOwnPlace, type PlaceAnswers } from '../../src/state/places';
import { freshDatabases } from './freshDb';
import { english } from './intl';

const { fresh } = freshDatabases('places');
const MB = 1024 ** 2;

const photo = () =>
  new File([new Uint8Array(3000).fill(7)], 'bridge.jpg', { type: 'image/jpeg', lastModified: 1 });
const around = { width: 4096, height: 2048 };
const answers: PlaceAnswers = {
  name: ' The bridge on my way to work ',
  ladder: { id: 'heights' },
  expectedSuds: 60,
  level: 10,
};

function device(estimate = { usage: 10 * MB, quota: 10_000 * MB }) {
  const asked: string[] = [];
  return {
    asked,
    facts: {
      maxTextureSize: 8192,
      estimate: async () => {
        asked.push('estimate');
        return estimate;
      },
      persist: async () => {
        asked.push('persist');
        return true;
      },
    },
  };
}

async function everything(db: ReturnType<typeof fresh>) {
  return {
    places: await db.places.count(),
    media: await db.media.count(),
    steps: await db.steps.count(),
    ladders: await db.ladders.count(),
  };
}

describe("the person's own places, stored on the device", () => {
  it('hashes a file by its bytes (SHA-256), read as a stream', async () => {
    expect(await hashFile(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // The same bytes in another file, in other pieces: the same hash.
    expect(await hashFile(new Blob(['a', 'b', 'c'], { type: 'image/png' }))).toBe(
      await hashFile(new Blob(['abc'])),
    );
  });

  it('stores the place, its file and its step at the top of the chosen ladder, after asking to persist', async () => {
    const db = fresh();
    const { asked, facts } = device();
    await saveSteps(db, [
      {
        id: 'h1',
        sceneId: 'heights',
        name: 'Balcony',
        level: 3,
        params: findScene('heights')?.levels[2].params ?? {},
        custom: false,
        expectedSuds: 30,
        position: 0,
        createdAt: 1,
      },
    ]);
    const result = await addOwnPlace(photo(), around, answers, facts, db, ['heights']);
    if (!result.ok) throw new Error(say(english, result.problem));
    expect(asked).toEqual(['estimate', 'persist']);
    const [place] = await readPlaces(db);
    expect(place).toMatchObject({
      name: 'The bridge on my way to work',
      kind: 'image',
      wrap: 'around',
      type: 'image/jpeg',
      bytes: 3000,
      width: 4096,
      height: 2048,
    });
    expect(place?.hash).toBe(await hashFile(photo()));
    const file = await readPlaceFile(db, result.place.id);
    expect(file?.size).toBe(3000);
    // On the heights ladder, above its step, showing the place at level 10.
    const ladder = ladderOf(await readSteps(db), 'heights');
    expect(ladder.map((s) => s.name)).toEqual(['Balcony', 'The bridge on my way to work']);
    expect(ladder[1]).toMatchObject({
      sceneId: 'place',
      placeId: result.place.id,
      level: 10,
      expectedSuds: 60,
      position: 1,
    });
  });

  it('makes a new ladder of the person’s own, named by them', async () => {
    const db = fresh();
    const result = await addOwnPlace(
      photo(),
      { width: 4032, height: 3024 },
      { ...answers, name: 'The lift at work', ladder: { newName: 'Lifts' }, level: 1 },
      device().facts,
      db,
    );
    if (!result.ok) throw new Error(say(english, result.problem));
    expect(result.place.wrap).toBe('ahead');
    const [ladder] = await readOwnLadders(db);
    expect(ladder?.name).toBe('Lifts');
    const steps = ladderOf(await readSteps(db), ladder?.id ?? '');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ name: 'The lift at work', level: 1, position: 0 });
  });

  it('refuses a file that does not fit the storage, and stores nothing, nor asks to persist', async () => {
    const db = fresh();
    const { asked, facts } = device({ usage: 60 * MB, quota: 100 * MB });
    const big = new File([new Uint8Array(2 * MB)], 'bridge.jpg', { type: 'image/jpeg' });
    const result = await addOwnPlace(big, around, answers, facts, db, ['heights']);
    if (result.ok) throw new Error('stored');
    expect(say(english, result.problem)).toMatch(
      /^“bridge\.jpg” is 2\.0 MB, and this device has 0\.0 MB free for Foothold with room kept for your log\. Nothing was stored\./,
    );
    expect(asked).toEqual(['estimate']);
    expect(await everything(db)).toEqual({ places: 0, media: 0, steps: 0, ladders: 0 });
  });

  it('refuses what is not media, a video too large for the device, a bad name or rating, before reading storage', async () => {
    const db = fresh();
    const cases: [File, typeof around, Partial<PlaceAnswers>, RegExp][] = [
      [
        new File(['{}'], 'export.json', { type: 'application/json' }),
        around,
        {},
        /not a photo or a video/,
      ],
      [
        new File(['x'], 'ride.webm', { type: 'video/webm' }),
        { width: 16_384, height: 8192 },
        {},
        /videos up to 8192 pixels/,
      ],
      [photo(), around, { name: '  ' }, /Give the place a name/],
      [photo(), around, { ladder: { newName: '' } }, /Say which fear/],
      [photo(), around, { expectedSuds: 101 }, /^Expected distress:/],
      [photo(), around, { ladder: { id: 'gone' } }, /not one of yours any more/],
    ];
    for (const [file, facts, change, words] of cases) {
      const { asked, facts: dev } = device();
      const result = await addOwnPlace(file, facts, { ...answers, ...change }, dev, db, [
        'heights',
      ]);
      if (result.ok) throw new Error(`${file.name} stored`);
      expect(say(english, result.problem)).toMatch(words);
      expect(asked).toEqual([]);
    }
    expect(await everything(db)).toEqual({ places: 0, media: 0, steps: 0, ladders: 0 });
  });

  it('leaves nothing behind when the write fails part way', async () => {
    const db = fresh();
    const { facts } = device();
    const first = await addOwnPlace(photo(), around, answers, facts, db, ['heights']);
    if (!first.ok) throw new Error('first');
    // A step whose id is taken makes the transaction fail at its last write.
    const taken = (await readSteps(db))[0]?.id ?? '';
    const realRandom = crypto.randomUUID.bind(crypto);
    let calls = 0;
    const spy = () => (++calls === 3 ? taken : realRandom());
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: spy, configurable: true });
    try {
      const second = await addOwnPlace(
        photo(),
        around,
        { ...answers, ladder: { newName: 'Bridges' } },
        facts,
        db,
      );
      expect(second.ok).toBe(false);
      if (!second.ok) expect(say(english, second.problem)).toMatch(/^Nothing was stored: /);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
    expect(await everything(db)).toEqual({ places: 1, media: 1, steps: 1, ladders: 0 });
  });

  it('deletes a place with its file and steps, renumbering its ladder, and keeps its sessions', async () => {
    const db = fresh();
    const { facts } = device();
    const a = await addOwnPlace(photo(), around, { ...answers, name: 'A' }, facts, db, ['heights']);
    const b = await addOwnPlace(photo(), around, { ...answers, name: 'B' }, facts, db, ['heights']);
    if (!a.ok || !b.ok) throw new Error('not stored');
    const stepOfA = (await readSteps(db)).find((s) => s.placeId === a.place.id);
    await writeEvent(
      db,
      {
        sessionId: 's1',
        seq: 0,
        mode: 'desktop',
        type: 'started',
        at: 1000,
        sceneId: 'place',
        level: 10,
        params: findScene('place')?.levels[9].params ?? {},
        seed: 1,
        before: { sudsNow: 20, sudsExpected: 60 },
        promptMinutes: 2,
        step: { id: stepOfA?.id ?? '', name: 'A' },
        place: { id: a.place.id, name: 'A', hash: a.place.hash },
      },
      { id: 's1', sceneId: 'place', startedAt: 1000, status: 'active', placeId: a.place.id },
    );
    await markInterrupted(db, 's1');
    expect(await deleteOwnPlace(a.place.id, db)).toBeNull();
    expect((await readPlaces(db)).map((p) => p.name)).toEqual(['B']);
    expect(await readPlaceFile(db, a.place.id)).toBeNull();
    const ladder = ladderOf(await readSteps(db), 'heights');
    expect(ladder.map((s) => [s.name, s.position])).toEqual([['B', 0]]);
    expect(await db.sessions.get('s1')).toMatchObject({ placeId: a.place.id });
    expect(await db.events.where('sessionId').equals('s1').count()).toBe(1);
  });

  it('renumbers a place’s ladder when one of its steps is deleted', async () => {
    const db = fresh();
    const { facts } = device();
    for (const name of ['A', 'B', 'C'])
      await addOwnPlace(photo(), around, { ...answers, name, ladder: { id: 'lifts' } }, facts, db, [
        'lifts',
      ]);
    const [, middle] = ladderOf(await readSteps(db), 'lifts');
    await deleteStep(db, middle?.id ?? '');
    expect(ladderOf(await readSteps(db), 'lifts').map((s) => [s.name, s.position])).toEqual([
      ['A', 0],
      ['C', 1],
    ]);
  });
});
