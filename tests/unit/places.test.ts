import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkWords } from '../../src/domain/fields';
import { say } from '../../src/domain/phrase';
import {
  fitToDevice,
  ladderChoiceProblem,
  mediaOf,
  PLACE_BYTES_MAX,
  placeNameProblem,
  placeSchema,
  roomFor,
  STORAGE_RESERVE_MIN,
  sizeProblem,
  storageProblem,
  wrapOf,
} from '../../src/domain/places/place';
import { english } from './intl';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('what a chosen file may be', () => {
  it('knows photos and videos by their media type, whatever its case', () => {
    expect(mediaOf({ name: 'bridge.jpg', type: 'image/jpeg' })).toEqual({
      kind: 'image',
      type: 'image/jpeg',
    });
    expect(mediaOf({ name: 'x', type: 'IMAGE/WEBP' })).toEqual({
      kind: 'image',
      type: 'image/webp',
    });
    expect(mediaOf({ name: 'lift.mp4', type: 'video/mp4' })).toMatchObject({ kind: 'video' });
    expect(mediaOf({ name: 'lift.webm', type: 'video/webm' })).toMatchObject({ kind: 'video' });
  });

  it('reads the ending where the system gave no type, and only then', () => {
    expect(mediaOf({ name: 'Room.PNG', type: '' })).toEqual({ kind: 'image', type: 'image/png' });
    expect(mediaOf({ name: 'ride.m4v', type: '' })).toEqual({ kind: 'video', type: 'video/mp4' });
    // A declared type that is not media wins over a misleading ending.
    expect(mediaOf({ name: 'notes.jpg', type: 'text/plain' })).toHaveProperty('problem');
  });

  it('refuses what is not a photo or video it can show, naming the file and what would do', () => {
    for (const file of [
      { name: 'export.json', type: 'application/json' },
      { name: 'scan.tiff', type: 'image/tiff' },
      { name: 'clip.mov', type: 'video/quicktime' },
      { name: 'noending', type: '' },
    ]) {
      const result = mediaOf(file);
      if (!('problem' in result)) throw new Error(`${file.name} was taken`);
      const words = say(english, result.problem);
      expect(words).toContain(file.name);
      expect(words).toMatch(/JPEG, PNG or WebP.*MP4 or WebM/);
    }
  });

  it('refuses an empty file and one larger than any place can be', () => {
    expect(say(english, sizeProblem({ name: 'a.jpg', size: 0 }) ?? '')).toBe('“a.jpg” is empty.');
    expect(sizeProblem({ name: 'a.mp4', size: PLACE_BYTES_MAX })).toBeNull();
    expect(say(english, sizeProblem({ name: 'a.mp4', size: PLACE_BYTES_MAX + 1 }) ?? '')).toBe(
      '“a.mp4” is 4,096 MB; a place can be at most 4,096 MB.',
    );
  });
});

describe('whether it fits the storage, with room kept for the log', () => {
  it('keeps a tenth of the quota free, and never less than 50 MB', () => {
    expect(roomFor({ usage: 0, quota: 10 * GB })).toBe(9 * GB);
    expect(roomFor({ usage: 2 * GB, quota: 10 * GB })).toBe(7 * GB);
    expect(roomFor({ usage: 0, quota: 100 * MB })).toBe(100 * MB - STORAGE_RESERVE_MIN);
    expect(roomFor({ usage: 95 * MB, quota: 100 * MB })).toBe(0);
  });

  it('takes a file that fits and says how much room there is when one does not', () => {
    const estimate = { usage: 20 * MB, quota: 200 * MB };
    expect(storageProblem({ name: 'a.jpg', size: 130 * MB }, estimate)).toBeNull();
    const problem = storageProblem({ name: 'a.mp4', size: 131 * MB }, estimate);
    expect(say(english, problem ?? '')).toBe(
      '“a.mp4” is 131 MB, and this device has 130 MB free for Foothold with room kept for your log. Nothing was stored. Free some space, or choose a smaller file.',
    );
  });
});

describe('how it is shown', () => {
  it('wraps a 2:1 picture all around and puts any other on a screen ahead', () => {
    expect(wrapOf(4096, 2048)).toBe('around');
    expect(wrapOf(5760, 2880)).toBe('around');
    expect(wrapOf(4000, 1990)).toBe('around');
    expect(wrapOf(4032, 3024)).toBe('ahead');
    expect(wrapOf(1080, 1920)).toBe('ahead');
    expect(wrapOf(6000, 2000)).toBe('ahead');
  });

  it('draws a picture too large for the device scaled down, keeping its shape', () => {
    const photo = { name: 'pano.jpg', kind: 'image' as const };
    expect(fitToDevice({ ...photo, width: 4096, height: 2048 }, 4096)).toEqual({
      width: 4096,
      height: 2048,
      scaled: false,
    });
    expect(fitToDevice({ ...photo, width: 11_000, height: 5500 }, 8192)).toEqual({
      width: 8192,
      height: 4096,
      scaled: true,
    });
    expect(fitToDevice({ ...photo, width: 3000, height: 9000 }, 4096)).toEqual({
      width: 1365,
      height: 4096,
      scaled: true,
    });
  });

  it('says so for a video too large, which cannot be scaled as it plays', () => {
    const result = fitToDevice(
      { name: 'ride.mp4', kind: 'video', width: 7680, height: 3840 },
      4096,
    );
    if (!('problem' in result)) throw new Error('taken');
    expect(say(english, result.problem)).toBe(
      '“ride.mp4” is 7680 × 3840 pixels; this device can show videos up to 4096 pixels a side. Nothing was stored. Choose a smaller version of it.',
    );
  });
});

describe('the words the person gives it', () => {
  it('needs a name of up to 80 characters and a ladder', () => {
    expect(placeNameProblem('  The bridge on my way to work ')).toBeNull();
    expect(say(english, placeNameProblem('   ') ?? '')).toBe(
      'Give the place a name in your own words.',
    );
    expect(say(english, placeNameProblem('x'.repeat(81)) ?? '')).toBe(
      'The name is 81 characters; keep it to 80.',
    );
    expect(ladderChoiceProblem('heights')).toBeNull();
    expect(ladderChoiceProblem(' ')).not.toBeNull();
  });
});

describe('a place as stored and exported', () => {
  const place = {
    id: 'p1',
    name: 'Office meeting room',
    kind: 'image',
    wrap: 'around',
    type: 'image/jpeg',
    bytes: 3_200_000,
    width: 4096,
    height: 2048,
    hash: 'a'.repeat(64),
    createdAt: 1_700_000_000_000,
  };

  it('takes a place as the app writes it', () => {
    expect(v.safeParse(placeSchema, place).success).toBe(true);
  });

  it('refuses a place with a hash that is not one, an unknown kind, or an extra field', () => {
    const problems = (row: unknown) =>
      v
        .safeParse(placeSchema, row)
        .issues?.map((issue) => say(english, checkWords(issue.message))) ?? [];
    expect(problems({ ...place, hash: 'xyz' })).toEqual([
      '"xyz" is not a content hash (64 hexadecimal digits)',
    ]);
    expect(problems({ ...place, kind: 'audio' })).toHaveLength(1);
    expect(problems({ ...place, media: 'data:…' })).toHaveLength(1);
  });
});
