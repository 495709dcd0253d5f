// An export with media: one .zip file holding the JSON export and each place's own file, named by
// its hash. Files are stored as they are (photos and videos are compressed already), streamed in
// and out, so a video is never copied through a string.
import { Unzip, UnzipInflate, UnzipPassThrough, Zip, ZipPassThrough } from 'fflate';
import { defineMessages, type Phrase, phrase } from '../../domain/phrase';
import type { Place } from '../../domain/places/place';
import { hashFile } from '../places';

/** The export inside an archive. */
export const ARCHIVE_JSON = 'foothold.json';

const m = defineMessages({
  noExport: {
    id: 'archive.noExport',
    defaultMessage: 'This archive holds no Foothold export ({name} is missing).',
  },
  damaged: {
    id: 'archive.damaged',
    defaultMessage: 'This archive is damaged and could not be read ({reason}).',
  },
  wrongFile: {
    id: 'archive.wrongFile',
    defaultMessage:
      '{where}: the file in this archive for the place “{name}” is not the file it names (another hash or size).',
  },
});

/** Where a place's file is in an archive. */
export const mediaEntry = (place: Pick<Place, 'hash'>) => `media/${place.hash}`;

/** Whether a file starts as a zip archive does ("PK\x03\x04"); an export in JSON starts with "{". */
export async function isArchive(file: Blob): Promise<boolean> {
  const reader = file.stream().getReader();
  const head: number[] = [];
  while (head.length < 4) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(...value.subarray(0, 4 - head.length));
  }
  await reader.cancel();
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

async function eachChunk(file: Blob, take: (chunk: Uint8Array) => void): Promise<void> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    take(value);
  }
}

/** The archive: the export's JSON first, then each place's file. */
export async function buildArchive(
  json: string,
  files: readonly { place: Place; file: Blob }[],
): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });
  const add = async (name: string, file: Blob) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    await eachChunk(file, (chunk) => entry.push(chunk));
    entry.push(new Uint8Array(0), true);
  };
  await add(ARCHIVE_JSON, new Blob([json], { type: 'application/json' }));
  const written = new Set<string>();
  for (const { place, file } of files) {
    // Two places of the same file share its bytes once.
    if (written.has(place.hash)) continue;
    written.add(place.hash);
    await add(mediaEntry(place), file);
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: 'application/zip' });
}

export type ArchiveRead =
  | { ok: true; json: string; files: ReadonlyMap<string, Blob> }
  | { ok: false; problem: Phrase };

/** The export's text and every other file by its name; a damaged archive is a problem. */
export async function readArchive(archive: Blob): Promise<ArchiveRead> {
  const entries = new Map<string, Uint8Array[]>();
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    const chunks: Uint8Array[] = [];
    entries.set(entry.name, chunks);
    entry.ondata = (error, chunk) => {
      if (error) failure = error;
      else chunks.push(chunk);
    };
    entry.start();
  });
  unzip.register(UnzipPassThrough);
  // An archive zipped again by hand may compress its entries.
  unzip.register(UnzipInflate);
  try {
    await eachChunk(archive, (chunk) => unzip.push(chunk));
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  if (failure)
    return { ok: false, problem: phrase(m.damaged, { reason: (failure as Error).message }) };
  const json = entries.get(ARCHIVE_JSON);
  if (!json) return { ok: false, problem: phrase(m.noExport, { name: ARCHIVE_JSON }) };
  const files = new Map<string, Blob>();
  for (const [name, chunks] of entries)
    if (name !== ARCHIVE_JSON) files.set(name, new Blob(chunks as BlobPart[]));
  const decoder = new TextDecoder();
  const text =
    json.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
  return { ok: true, json: text, files };
}

/**
 * Each place's file from the archive, by the place's id, once its hash and size are checked: a
 * file that is not the one its place names is a problem, and nothing is imported. A place whose
 * file the archive lacks comes without one (as from an export without media).
 */
export async function placeFiles(
  places: readonly Place[],
  files: ReadonlyMap<string, Blob>,
): Promise<{ ok: true; media: Map<string, Blob> } | { ok: false; problem: Phrase }> {
  const media = new Map<string, Blob>();
  for (const [i, place] of places.entries()) {
    const file = files.get(mediaEntry(place));
    if (!file) continue;
    if (file.size !== place.bytes || (await hashFile(file)) !== place.hash)
      return {
        ok: false,
        problem: phrase(m.wrongFile, { where: `places[${i}]`, name: place.name }),
      };
    media.set(place.id, new Blob([file], { type: place.type }));
  }
  return { ok: true, media };
}
