// Imports a chosen file off the main thread: the largest export takes seconds to read, check and
// write, and the page stays responsive meanwhile, showing how far it has come.
/// <reference lib="webworker" />
import { findScene } from '../../scenes/registry';
import { FootholdDb } from '../data/db';
import { type ImportProgress, importLogFile } from '../data/transfer/readImport';
import type { ImportReply } from './importLog';

declare const self: DedicatedWorkerGlobalScope;

const db = new FootholdDb();
// Another tab upgraded the schema: step aside; the import then fails and changes nothing.
db.on('versionchange', () => {
  db.close();
  return false;
});

/** At most one progress message a tenth of a second (and every change of phase): enough to read. */
function throttled(send: (p: ImportProgress) => void): (p: ImportProgress) => void {
  let last = 0;
  let phase = '';
  return (p) => {
    const now = performance.now();
    if (p.phase === phase && now - last < 100) return;
    last = now;
    phase = p.phase;
    send(p);
  };
}

self.onmessage = async ({ data: file }: MessageEvent<File>) => {
  const outcome = await importLogFile(
    db,
    file,
    findScene,
    throttled((progress) => self.postMessage({ progress } satisfies ImportReply)),
  );
  self.postMessage({ outcome } satisfies ImportReply);
};
