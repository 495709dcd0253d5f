// The person's own places in IndexedDB: each place's record, its file kept apart (a Blob, never
// sent anywhere), the step that puts it on a ladder, and the ladders the person named themselves.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type LadderStep, ladderIdOf } from '../domain/ladder/ladder';
import type { OwnLadder, Place } from '../domain/places/place';
import type { FootholdDb } from './db';

/** A new place as it is written: its record, its file, its first step and, if asked, a new ladder. */
export interface NewPlace {
  place: Place;
  file: Blob;
  /** Its position is given where it is written: the top of its ladder. */
  step: Omit<LadderStep, 'position'>;
  ladder?: OwnLadder;
}

/**
 * The file's SHA-256, read as a stream, so a video of gigabytes is never held in memory whole.
 * The same file gives the same hash on any device: an export names the file by it.
 */
export async function hashFile(file: Blob): Promise<string> {
  const hash = sha256.create();
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return bytesToHex(hash.digest());
}

/**
 * Writes a place whole or not at all: the record, the file, the step at the top of its ladder and
 * a new ladder of the person's own, in one transaction. A storage failure (the disk full, say)
 * leaves nothing of it behind.
 */
export async function addPlace(db: FootholdDb, added: NewPlace): Promise<void> {
  await db.transaction('rw', [db.places, db.media, db.steps, db.ladders], async () => {
    if (added.ladder) await db.ladders.add(added.ladder);
    await db.places.add(added.place);
    await db.media.add({ id: added.place.id, file: added.file });
    const ladder = ladderIdOf(added.step);
    const top = (await db.steps.toArray())
      .filter((s) => ladderIdOf(s) === ladder)
      .reduce((most, s) => Math.max(most, s.position), -1);
    await db.steps.add({ ...added.step, position: top + 1 });
  });
}

export function readPlaces(db: FootholdDb): Promise<Place[]> {
  return db.places.orderBy('id').toArray();
}

export async function readPlace(db: FootholdDb, id: string): Promise<Place | null> {
  return (await db.places.get(id)) ?? null;
}

export function countPlaces(db: FootholdDb): Promise<number> {
  return db.places.count();
}

export function readOwnLadders(db: FootholdDb): Promise<OwnLadder[]> {
  return db.ladders.toArray();
}

/** A place's file, or null when it is gone (deleted, or never brought by an import). */
export async function readPlaceFile(db: FootholdDb, id: string): Promise<Blob | null> {
  return (await db.media.get(id))?.file ?? null;
}

/**
 * Deletes a place, its file and its steps, renumbering the ladders they stood on. The sessions
 * that showed it stay in the log, with its name and hash.
 */
export async function deletePlace(db: FootholdDb, id: string): Promise<void> {
  await db.transaction('rw', [db.places, db.media, db.steps], async () => {
    const steps = await db.steps.toArray();
    const gone = steps.filter((s) => s.placeId === id);
    await db.steps.bulkDelete(gone.map((s) => s.id));
    const ladders = new Set(gone.map(ladderIdOf));
    const renumbered = [...ladders].flatMap((ladder) =>
      steps
        .filter((s) => s.placeId !== id && ladderIdOf(s) === ladder)
        .sort((a, b) => a.position - b.position)
        .map((s, position) => ({ ...s, position })),
    );
    await db.steps.bulkPut(renumbered);
    await db.media.delete(id);
    await db.places.delete(id);
  });
}
