// How much an import takes: the largest log Foothold writes, and nothing far beyond it. Every
// export must import back, so the limits follow from that log, not from a round number. Pure.
import { defineMessages, type Phrase, phrase } from '../../domain/phrase';
import { PROMPT_MINUTES_MIN } from '../../domain/session/machine';
import { megabytes, sizeWords } from '../../domain/size';

const m = defineMessages({
  bytes: {
    id: 'import.bytes',
    defaultMessage: '{count, plural, one {# byte} other {# bytes}}',
  },
  tooLarge: {
    id: 'import.tooLarge',
    defaultMessage:
      'This file is {size}; the largest log Foothold writes (ten years of the longest daily sessions) is {max}, so it is not a Foothold export.',
  },
});

/** A person who practises every day, for ten years. */
export const LOG_YEARS = 10;
export const LOG_SESSIONS = Math.ceil(365.25 * LOG_YEARS);
/** The longest dose is 45 minutes (DESIGN.md); a session of an hour leaves room beyond it. */
export const SESSION_MINUTES = 60;
/** Prompts at the shortest interval, each answered, and as many ratings given unasked. */
export const SESSION_RATINGS = 2 * (SESSION_MINUTES / PROMPT_MINUTES_MIN);
/** The start, stop and end, level changes, the pacer, pauses, headset entries and exits. */
export const SESSION_OTHER_EVENTS = 40;
/** Heart rate from a strap, once a second, logged in batches of ten seconds. */
export const HEART_SAMPLES_PER_SECOND = 1;
export const HEART_BATCH_SECONDS = 10;
export const SESSION_HEART_SAMPLES = SESSION_MINUTES * 60 * HEART_SAMPLES_PER_SECOND;
export const SESSION_HEART_EVENTS = SESSION_HEART_SAMPLES / HEART_BATCH_SECONDS;
export const SESSION_EVENTS = SESSION_RATINGS + SESSION_OTHER_EVENTS + SESSION_HEART_EVENTS;

/**
 * Bytes in the file as the app writes it (one space of indentation a level): an event of the
 * seed log, with a session's 36-character id, is 213 bytes, its record and file head included;
 * a heart sample is a number of up to 3 digits on its own indented line.
 */
export const BYTES_PER_EVENT = 256;
export const BYTES_PER_HEART_SAMPLE = 16;
/** A session's record, and its share of the ladder and of the file's head. */
export const BYTES_PER_SESSION_RECORD = 512;
export const SESSION_BYTES =
  BYTES_PER_SESSION_RECORD +
  SESSION_EVENTS * BYTES_PER_EVENT +
  SESSION_HEART_SAMPLES * BYTES_PER_HEART_SAMPLE;

/** The most events an import takes: ten years of the longest sessions (1,899,560). */
export const IMPORT_MAX_EVENTS = LOG_SESSIONS * SESSION_EVENTS;
/** Every session holds at least its `started` event. */
export const IMPORT_MAX_SESSIONS = IMPORT_MAX_EVENTS;
/** The largest file an import reads (698,570,496 bytes, 666 MB), checked before reading. */
export const IMPORT_MAX_BYTES = LOG_SESSIONS * SESSION_BYTES;
/** Replaying a session copies its ratings per rating; this keeps a hostile file from hanging it. */
export const IMPORT_MAX_SESSION_EVENTS = 10_000;

export { sizeWords };

const byteWords = (bytes: number) => phrase(m.bytes, { count: bytes });

/** Why a file of this many bytes is not read at all, or null. */
export function importSizeProblem(bytes: number): Phrase | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  // Just over the limit, both round alike: say the bytes.
  const [size, max] = [megabytes(bytes), megabytes(IMPORT_MAX_BYTES)];
  const alike = size.size === max.size && size.tenths === max.tenths;
  const words = alike ? byteWords : sizeWords;
  return phrase(m.tooLarge, { size: words(bytes), max: words(IMPORT_MAX_BYTES) });
}
