// Adding and deleting the person's own places. A file is checked in full (what it is, its size,
// the device, the storage) before anything is written, and then written whole or not at all.
import { findScene } from '../../scenes/registry';
import { levelOf } from '../../scenes/types';
import { database } from '../data/database';
import type { FootholdDb } from '../data/db';
import { describeStorageError } from '../data/errors';
import { addPlace, deletePlace, hashFile } from '../data/places';
import { newId } from '../domain/ids';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';
import {
  fitToDevice,
  ladderChoiceProblem,
  mediaOf,
  type OwnLadder,
  type Place,
  placeNameProblem,
  type StorageEstimate,
  sizeProblem,
  storageProblem,
  wrapOf,
} from '../domain/places/place';
import { sudsProblem } from '../domain/session/suds';

/** The scene every place is shown with. */
export const PLACE_SCENE_ID = 'place';

const m = defineMessages({
  notSaved: {
    id: 'places.notSaved',
    defaultMessage: 'Nothing was stored: {problem}',
  },
  expected: { id: 'places.expected', defaultMessage: 'Expected distress: {problem}' },
  noScene: {
    id: 'places.noScene',
    defaultMessage: 'This version of Foothold cannot show places.',
  },
  notALadder: {
    id: 'places.notALadder',
    defaultMessage: 'That ladder is not one of yours any more; choose another.',
  },
});

/** What the page read of the file by opening it (its pictures' size; a video's length). */
export interface MediaFacts {
  width: number;
  height: number;
}

export interface PlaceAnswers {
  name: string;
  /** An existing ladder (a scene's id, or one of the person's own), or a new one by its name. */
  ladder: { id: string } | { newName: string };
  expectedSuds: number | null;
  /** The level the place's step starts at: 10 shows it as it was taken. */
  level: number;
}

/** What the device and browser offer, asked by the page (the view owns WebGL and navigator). */
export interface DeviceFacts {
  maxTextureSize: number;
  estimate: () => Promise<StorageEstimate | null>;
  persist: () => Promise<unknown>;
}

export type AddResult = { ok: true; place: Place } | { ok: false; problem: Phrase };

const refuse = (problem: Phrase): AddResult => ({ ok: false, problem });

/** Checks that need no writing, in the order a person would fix them. */
export function checkPlace(
  file: { name: string; type: string; size: number },
  facts: MediaFacts,
  answers: PlaceAnswers,
  maxTextureSize: number,
): Phrase | null {
  const media = mediaOf(file);
  if ('problem' in media) return media.problem;
  const size = sizeProblem(file);
  if (size) return size;
  const fit = fitToDevice({ name: file.name, kind: media.kind, ...facts }, maxTextureSize);
  if ('problem' in fit) return fit.problem;
  const name = placeNameProblem(answers.name);
  if (name) return name;
  const ladder = ladderChoiceProblem(
    'id' in answers.ladder ? answers.ladder.id : answers.ladder.newName,
  );
  if (ladder) return ladder;
  if ('newName' in answers.ladder) {
    const ladderName = placeNameProblem(answers.ladder.newName);
    if (ladderName) return ladderName;
  }
  if (answers.expectedSuds !== null) {
    const suds = sudsProblem(answers.expectedSuds);
    if (suds) return phrase(m.expected, { problem: suds });
  }
  return null;
}

/**
 * Adds a place: every check first, then the storage's room, then the request that the browser
 * keep the data, then the hash and one transaction. Returns the problem in words where anything
 * stops it; nothing is stored then.
 */
export async function addOwnPlace(
  file: File,
  facts: MediaFacts,
  answers: PlaceAnswers,
  device: DeviceFacts,
  db: FootholdDb = database(),
  knownLadders: readonly string[] = [],
): Promise<AddResult> {
  const scene = findScene(PLACE_SCENE_ID);
  if (!scene) return refuse(phrase(m.noScene));
  const problem = checkPlace(file, facts, answers, device.maxTextureSize);
  if (problem) return refuse(problem);
  if ('id' in answers.ladder && !knownLadders.includes(answers.ladder.id))
    return refuse(phrase(m.notALadder));
  const estimate = await device.estimate().catch(() => null);
  if (estimate) {
    const room = storageProblem(file, estimate);
    if (room) return refuse(room);
  }
  // Asked before the first file is written: a place is worth keeping past a browser's clean-up.
  await device.persist().catch(() => {});
  const media = mediaOf(file);
  if ('problem' in media) return refuse(media.problem);
  try {
    const now = Date.now();
    const id = newId();
    const place: Place = {
      id,
      name: answers.name.trim(),
      kind: media.kind,
      wrap: wrapOf(facts.width, facts.height),
      type: media.type,
      bytes: file.size,
      width: facts.width,
      height: facts.height,
      hash: await hashFile(file),
      createdAt: now,
    };
    const ladder: OwnLadder | undefined =
      'newName' in answers.ladder
        ? { id: newId(), name: answers.ladder.newName.trim(), createdAt: now }
        : undefined;
    await addPlace(db, {
      place,
      file,
      ladder,
      step: {
        id: newId(),
        sceneId: scene.id,
        name: place.name,
        level: answers.level,
        params: levelOf(scene, answers.level).params,
        custom: false,
        expectedSuds: answers.expectedSuds,
        createdAt: now,
        ladder: ladder?.id ?? ('id' in answers.ladder ? answers.ladder.id : scene.id),
        placeId: id,
      },
    });
    return { ok: true, place };
  } catch (error) {
    return refuse(phrase(m.notSaved, { problem: describeStorageError(error) }));
  }
}

/** Deletes a place and its file (asked first, by the page); its sessions stay in the log. */
export async function deleteOwnPlace(
  id: string,
  db: FootholdDb = database(),
): Promise<Phrase | null> {
  try {
    await deletePlace(db, id);
    return null;
  } catch (error) {
    return phrase(m.notSaved, { problem: describeStorageError(error) });
  }
}
