// Importing a chosen export: its size checked first (nothing read when it is too large), then
// read, checked and written in the import worker, with progress; in the page where no worker runs.
// Its problems are phrases (plain data), so they cross from the worker and are said in the page.
import { findScene } from '../../scenes/registry';
import { database } from '../data/database';
import { isArchive } from '../data/transfer/archive';
import { importSizeProblem } from '../data/transfer/limits';
import {
  type ImportOutcome,
  type ImportProgress,
  importLogFile,
} from '../data/transfer/readImport';
import { defineMessages, phrase } from '../domain/phrase';

const m = defineMessages({
  stopped: { id: 'import.stopped', defaultMessage: 'The import stopped ({reason}).' },
  stoppedByAnError: {
    id: 'import.stoppedByAnError',
    defaultMessage: 'The import stopped (an error).',
  },
});

export type { ImportOutcome, ImportProgress };

/** Said in the console when the import falls back to the page: it works, but the page is busy. */
export const IN_PAGE = 'Importing in the page';

/** What the import worker posts: progress, then once the outcome. */
export type ImportReply = { progress: ImportProgress } | { outcome: ImportOutcome };

function inPage(file: File, progress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  return importLogFile(database(), file, findScene, progress);
}

/** Imports a file: all of it or nothing, with the outcome as a phrase. Never throws. */
export async function importLog(
  file: File,
  progress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  // An archive with media is as large as its videos; only an export's JSON has the log's limit.
  const archive = await isArchive(file).catch(() => false);
  const tooLarge = archive ? null : importSizeProblem(file.size);
  if (tooLarge) return Promise.resolve({ ok: false, problem: tooLarge });
  if (typeof Worker === 'undefined') return inPage(file, progress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'foothold-import',
    });
  } catch {
    return inPage(file, progress);
  }
  return new Promise((resolve) => {
    let started = false;
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      started = true;
      if ('progress' in data) {
        progress(data.progress);
        return;
      }
      worker.terminate();
      resolve(data.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not load has read nothing: the page does the import itself. One
      // that failed midway wrote nothing (the write is one transaction): say so.
      if (!started) {
        console.warn(`${IN_PAGE} (${event.message || 'the import worker did not load'})`);
        resolve(inPage(file, progress));
      } else
        resolve({
          ok: false,
          problem: event.message
            ? phrase(m.stopped, { reason: event.message })
            : phrase(m.stoppedByAnError),
        });
    };
    worker.postMessage(file);
  });
}
