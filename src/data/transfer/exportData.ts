// What an export holds, read as stored when it is made: the sessions asked for, the whole ladder,
// the person's places (without their files) and own ladders; with media, the files too.
import type { LoggedSession } from '../../domain/session/read';
import type { FootholdDb } from '../db';
import { readSteps } from '../ladder';
import { readOwnLadders, readPlaces } from '../places';
import { buildArchive } from './archive';
import { buildExport, type ExportFile } from './format';

export async function readExport(
  db: FootholdDb,
  sessions: LoggedSession[],
  appVersion: string,
): Promise<ExportFile> {
  const [steps, places, ladders] = await db.transaction(
    'r',
    [db.steps, db.places, db.ladders],
    () => Promise.all([readSteps(db), readPlaces(db), readOwnLadders(db)]),
  );
  // Taken after the read: the import refuses anything later than the export.
  return buildExport(sessions, appVersion, new Date(), steps, places, ladders);
}

/** One archive: the export's JSON and each place's file that is on this device. */
export async function readExportWithMedia(
  db: FootholdDb,
  sessions: LoggedSession[],
  appVersion: string,
): Promise<{ file: ExportFile; archive: Blob }> {
  const file = await readExport(db, sessions, appVersion);
  const media = await db.media.bulkGet(file.places.map((p) => p.id));
  const files = file.places.flatMap((place, i) => {
    const stored = media[i];
    return stored ? [{ place, file: stored.file }] : [];
  });
  return { file, archive: await buildArchive(JSON.stringify(file, null, 1), files) };
}
