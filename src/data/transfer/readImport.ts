// A chosen file from its size to the database: refused by size before a byte is read, read as
// it streams in (never held whole as text), checked, then added in one transaction. Runs in the
// import worker, or in the page where there is no worker.
import { defineMessages, type Phrase, phrase } from '../../domain/phrase';
import type { FootholdDb } from '../db';
import { describeStorageError } from '../errors';
import { isArchive, placeFiles, readArchive } from './archive';
import type { ImportResult } from './format';
import { importFile } from './importFile';
import { JsonReader, JsonSyntaxError } from './json';
import { importSizeProblem } from './limits';
import { checkImport, type FindScene, jsonProblem, parseImport } from './validate';

const m = defineMessages({
  unreadable: { id: 'import.fileUnreadable', defaultMessage: 'This file could not be read.' },
});

/**
 * How far an import has come: bytes read, then sessions checked, then events written (a total
 * of 0 while the write is yet to learn how many).
 */
export type ImportProgress = {
  phase: 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
};

export type ImportOutcome =
  | { ok: true; added: number; alreadyHere: number; stepsAdded: number }
  | { ok: false; problem: Phrase };

/** The file as checked data, or why not. `progress` hears of each chunk read and session checked. */
export async function readImport(
  file: Blob,
  findScene: FindScene,
  progress: (p: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const reader = new JsonReader();
  let read = 0;
  let value: unknown;
  try {
    // Bytes are counted before decoding, so progress is a share of the file's size.
    const chunks = file.stream().getReader();
    const decoder = new TextDecoder();
    progress({ phase: 'reading', done: 0, total: file.size });
    for (;;) {
      const { done, value: bytes } = await chunks.read();
      if (done) break;
      read += bytes.byteLength;
      reader.push(decoder.decode(bytes, { stream: true }));
      progress({ phase: 'reading', done: read, total: file.size });
    }
    reader.push(decoder.decode());
    value = reader.end();
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, problem: jsonProblem(error) };
    return { ok: false, problem: phrase(m.unreadable) };
  }
  return checkImport(value, findScene, (done, total) =>
    progress({ phase: 'checking', done, total }),
  );
}

/**
 * An archive with media: its export checked as any export is, then each place's file against its
 * hash, and all of it written in one transaction.
 */
async function importArchive(
  db: FootholdDb,
  file: Blob,
  findScene: FindScene,
  progress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  progress({ phase: 'reading', done: 0, total: file.size });
  const archive = await readArchive(file);
  if (!archive.ok) return archive;
  progress({ phase: 'reading', done: file.size, total: file.size });
  const parsed = parseImport(archive.json, findScene);
  if (!parsed.ok) return parsed;
  const media = await placeFiles(parsed.file.places, archive.files);
  if (!media.ok) return media;
  progress({ phase: 'saving', done: 0, total: 0 });
  try {
    const saved = (done: number, total: number) => progress({ phase: 'saving', done, total });
    return { ok: true, ...(await importFile(db, parsed.file, saved, media.media)) };
  } catch (error) {
    return { ok: false, problem: describeStorageError(error) };
  }
}

/** Reads, checks and adds a file: all of it, or (with a message) nothing. Never throws. */
export async function importLogFile(
  db: FootholdDb,
  file: Blob,
  findScene: FindScene,
  progress: (p: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  // A file whose start cannot be read is read as an export, which says so in its words.
  if (await isArchive(file).catch(() => false))
    return importArchive(db, file, findScene, progress).catch(() => ({
      ok: false as const,
      problem: phrase(m.unreadable),
    }));
  const parsed = await readImport(file, findScene, progress);
  if (!parsed.ok) return parsed;
  progress({ phase: 'saving', done: 0, total: 0 });
  try {
    const saved = (done: number, total: number) => progress({ phase: 'saving', done, total });
    return { ok: true, ...(await importFile(db, parsed.file, saved)) };
  } catch (error) {
    return { ok: false, problem: describeStorageError(error) };
  }
}
