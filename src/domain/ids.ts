import { defineMessages, type Phrase, phrase } from './phrase';

const m = defineMessages({
  appIds: {
    id: 'fields.appIds',
    defaultMessage:
      'Foothold writes ids of 32 hexadecimal digits (0-9, a-f), grouped 8-4-4-4-12 with dashes or not',
    description: 'Follows "… is not a Foothold id;" when an import refuses a session id',
  },
});

/** A random id; randomUUID exists only on secure origins, getRandomValues everywhere. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What newId writes: a UUID (lower-case hex, 8-4-4-4-12), or 32 hex digits where randomUUID is missing. */
const APP_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/;

/** The shape of an id newId writes, in words for a message that refuses another. */
export const APP_ID_WORDS: Phrase = phrase(m.appIds);

/** An id of the shape newId writes: safe in an address, a CSV cell and a page as it is. */
export function isAppId(id: string): boolean {
  return APP_ID.test(id);
}
