// The person's own places: a photo or video of their own (the bridge they cross, their office's
// meeting room), kept on the device and practised as a step of a ladder. What a chosen file may
// be, how it is shown, whether it fits the device and its storage: all decided here. Pure.
import * as v from 'valibot';
import * as field from '../fields';
import { defineMessages, type Phrase, phrase } from '../phrase';
import { sizeWords } from '../size';

export const MEDIA_KINDS = ['image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** 'around': a 360° equirectangular picture; 'ahead': an ordinary one, on a screen in front. */
export const WRAPS = ['around', 'ahead'] as const;
export type Wrap = (typeof WRAPS)[number];

/** The file types every browser Foothold runs in can show, by media type and by file ending. */
const MEDIA_TYPES: Readonly<Record<string, { kind: MediaKind; endings: readonly string[] }>> = {
  'image/jpeg': { kind: 'image', endings: ['jpg', 'jpeg'] },
  'image/png': { kind: 'image', endings: ['png'] },
  'image/webp': { kind: 'image', endings: ['webp'] },
  'video/mp4': { kind: 'video', endings: ['mp4', 'm4v'] },
  'video/webm': { kind: 'video', endings: ['webm'] },
};

export const PLACE_NAME_MAX = 80;
/** A file this large is more than any phone's 360° video of a few minutes; larger is a mistake. */
export const PLACE_BYTES_MAX = 4 * 1024 ** 3;
/** A side this long is beyond any camera; a file claiming more is not what it says. */
const SIDE_MAX = 65_536;
/**
 * Room kept free in the origin's storage after a place is written, so the log's next ratings
 * always fit: a tenth of the quota, and never less than 50 MB.
 */
export const STORAGE_RESERVE_SHARE = 0.1;
export const STORAGE_RESERVE_MIN = 50 * 1024 ** 2;

const m = defineMessages({
  notMedia: {
    id: 'place.notMedia',
    defaultMessage:
      '“{file}” is not a photo or a video Foothold can show. Choose a JPEG, PNG or WebP photo, or an MP4 or WebM video.',
  },
  empty: { id: 'place.empty', defaultMessage: '“{file}” is empty.' },
  tooBig: {
    id: 'place.tooBig',
    defaultMessage: '“{file}” is {size}; a place can be at most {max}.',
  },
  noRoom: {
    id: 'place.noRoom',
    defaultMessage:
      '“{file}” is {size}, and this device has {free} free for Foothold with room kept for your log. Nothing was stored. Free some space, or choose a smaller file.',
  },
  unreadable: {
    id: 'place.unreadable',
    defaultMessage:
      'This browser cannot open “{file}”: the file is damaged, or its {kind, select, video {video format} other {picture format}} is one it cannot play. Nothing was stored.',
  },
  videoTooLarge: {
    id: 'place.videoTooLarge',
    defaultMessage:
      '“{file}” is {width} × {height} pixels; this device can show videos up to {max} pixels a side. Nothing was stored. Choose a smaller version of it.',
  },
  noName: { id: 'place.noName', defaultMessage: 'Give the place a name in your own words.' },
  longName: {
    id: 'place.longName',
    defaultMessage: 'The name is {length} characters; keep it to {max}.',
  },
  noLadder: {
    id: 'place.noLadder',
    defaultMessage: 'Say which fear this place is for: one of your ladders, or a new one.',
  },
});

/** What the person's file is, from its media type or else its name's ending; a problem if neither fits. */
export function mediaOf(file: {
  name: string;
  type: string;
}): { kind: MediaKind; type: string } | { problem: Phrase } {
  const declared = MEDIA_TYPES[file.type.toLowerCase()];
  if (declared) return { kind: declared.kind, type: file.type.toLowerCase() };
  // Some systems give no type for a file they do not know; its ending still says what it is.
  if (file.type === '') {
    const ending = file.name.toLowerCase().split('.').at(-1) ?? '';
    for (const [type, known] of Object.entries(MEDIA_TYPES))
      if (known.endings.includes(ending)) return { kind: known.kind, type };
  }
  return { problem: phrase(m.notMedia, { file: file.name }) };
}

/** The checks that need only the file's size: empty, or larger than any place can be. */
export function sizeProblem(file: { name: string; size: number }): Phrase | null {
  if (file.size <= 0) return phrase(m.empty, { file: file.name });
  if (file.size > PLACE_BYTES_MAX)
    return phrase(m.tooBig, {
      file: file.name,
      size: sizeWords(file.size),
      max: sizeWords(PLACE_BYTES_MAX),
    });
  return null;
}

/** The origin's storage as the browser estimates it (navigator.storage.estimate()). */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** Bytes a new file may take, keeping the reserve free for the log. */
export function roomFor(estimate: StorageEstimate): number {
  const reserve = Math.max(STORAGE_RESERVE_MIN, estimate.quota * STORAGE_RESERVE_SHARE);
  return Math.max(0, estimate.quota - estimate.usage - reserve);
}

/** Whether a file fits the storage with the log's reserve kept; checked before it is written. */
export function storageProblem(
  file: { name: string; size: number },
  estimate: StorageEstimate,
): Phrase | null {
  const room = roomFor(estimate);
  if (file.size <= room) return null;
  return phrase(m.noRoom, { file: file.name, size: sizeWords(file.size), free: sizeWords(room) });
}

/** The file could not be opened as the kind it says it is (damaged, or a codec the browser lacks). */
export function unreadableProblem(file: { name: string }, kind: MediaKind): Phrase {
  return phrase(m.unreadable, { file: file.name, kind });
}

/**
 * How a picture of this size is shown: 2:1 (equirectangular, as 360° cameras and phones' 360°
 * photos write) goes all around, anything else on a screen ahead.
 */
export function wrapOf(width: number, height: number): Wrap {
  return Math.abs(width / height - 2) <= 0.02 ? 'around' : 'ahead';
}

/**
 * The size a picture is drawn at on a device whose textures are at most `max` pixels a side: the
 * same, or scaled down keeping its shape. A video cannot be scaled as it plays, so one too large
 * is a problem.
 */
export function fitToDevice(
  media: { name: string; kind: MediaKind; width: number; height: number },
  max: number,
): { width: number; height: number; scaled: boolean } | { problem: Phrase } {
  const { width, height } = media;
  if (width <= max && height <= max) return { width, height, scaled: false };
  if (media.kind === 'video')
    return { problem: phrase(m.videoTooLarge, { file: media.name, width, height, max }) };
  const scale = max / Math.max(width, height);
  return {
    width: Math.min(max, Math.max(1, Math.round(width * scale))),
    height: Math.min(max, Math.max(1, Math.round(height * scale))),
    scaled: true,
  };
}

/** What is wrong with the words the person gives a place; null when it may be saved. */
export function placeNameProblem(name: string): Phrase | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return phrase(m.noName);
  if (trimmed.length > PLACE_NAME_MAX)
    return phrase(m.longName, { length: trimmed.length, max: PLACE_NAME_MAX });
  return null;
}

export function ladderChoiceProblem(ladder: string): Phrase | null {
  return ladder.trim() === '' ? phrase(m.noLadder) : null;
}

/** A place as stored and exported: everything but the file itself, which is kept apart. */
export const placeSchema = field.plain(
  v.strictObject({
    id: field.name(),
    /** In the person's words, e.g. "The bridge on my way to work". */
    name: field.text(200),
    kind: v.picklist(MEDIA_KINDS),
    wrap: v.picklist(WRAPS),
    /** The file's media type, e.g. image/jpeg. */
    type: field.text(100),
    bytes: field.wholeFrom(1, PLACE_BYTES_MAX),
    width: field.wholeFrom(1, SIDE_MAX),
    height: field.wholeFrom(1, SIDE_MAX),
    /** The file's SHA-256: the same file has the same hash on any device. */
    hash: field.contentHash(),
    createdAt: field.time(),
  }),
);
export type Place = v.InferOutput<typeof placeSchema>;

/** A ladder of the person's own, for a fear no scene has (a lift, a bridge): named by them. */
export const ownLadderSchema = field.plain(
  v.strictObject({
    id: field.name(),
    name: field.text(200),
    createdAt: field.time(),
  }),
);
export type OwnLadder = v.InferOutput<typeof ownLadderSchema>;
