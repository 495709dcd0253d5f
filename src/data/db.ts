import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { LadderStep } from '../domain/ladder/ladder';
import type { OwnLadder, Place } from '../domain/places/place';
import type { SessionDigest } from '../domain/review/digest';
import type { SessionRecord, StoredEvent } from '../domain/session/events';
import { DB_NAME, type SchemaVersion, schemaVersions } from './schema';

export interface PlaceMedia {
  id: string;
  file: Blob;
}

export class FootholdDb extends Dexie {
  sessions!: Table<SessionRecord, string>;
  events!: Table<StoredEvent, [string, number]>;
  steps!: Table<LadderStep, string>;
  /** Derived from the log (data/digests.ts), never exported. */
  digests!: Table<SessionDigest, string>;
  places!: Table<Place, string>;
  ladders!: Table<OwnLadder, string>;
  /** Each place's file, by the place's id; in an export only when it is written with media. */
  media!: Table<PlaceMedia, string>;

  constructor(
    name = DB_NAME,
    versions: readonly SchemaVersion[] = schemaVersions,
    options: DexieOptions = {},
  ) {
    // Strict durability: a committed rating is on disk, not only in the OS cache, before we say so.
    // No cache of live queries' results: Dexie would clone every result it keeps, and the review's
    // query reads every event of every session. Each live query reads again on a commit instead.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...options });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
