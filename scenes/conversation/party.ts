// Who is in the café, from the level and the seed: the barista, the people at the person's table
// with their manner, the other guests at their tables. Pure.
import type { Attitude } from '../common/people/contact';
import { type Person, population } from '../common/people/population';
import { dealShares, subSeed } from '../common/random';
import { BARISTA, guestSeats, type Place, type Seat, tablePlaces } from './layout';
import type { ConversationParams } from './levels';

export type Manner = 'friendly' | 'neutral' | 'critical';

/** How each manner answers a meeting of eyes (the people module's attitudes). */
export const attitudeOf: Record<Manner, Attitude> = {
  friendly: 'interested',
  neutral: 'neutral',
  critical: 'hostile',
};

export interface Partner {
  manner: Manner;
  /** Where they stand, in café metres. */
  at: Seat;
  /** Index into the party's people. */
  person: number;
  /** The pitch of their murmured voice, Hz. */
  pitch: number;
}

export interface Guest {
  at: Seat;
  person: number;
}

export interface Party {
  /** Everyone, as the people module draws them: the barista first, then the table, then guests. */
  persons: Person[];
  barista: { at: Seat; person: number };
  /** Who talks to the person: the barista at the door and the counter, the table's people at it. */
  partners: Partner[];
  /** The people standing at the person's table (the partners at a table; none elsewhere). */
  table: Partner[];
  guests: Guest[];
}

/** Exactly the shares, by largest remainder, then shuffled by the seed. */
export function assignManners(
  count: number,
  friendly: number,
  critical: number,
  seed: number,
): Manner[] {
  return dealShares(
    count,
    [
      ['friendly', friendly],
      ['critical', critical],
    ],
    'neutral',
    subSeed(seed, 'manners'),
  );
}

/** A voice's pitch from the body: taller people speak lower, each a little their own. */
export function pitchOf(person: Person): number {
  const t = Math.max(0, Math.min(1, (person.height - 1.55) / 0.37));
  return 220 - t * 110 + Math.sin(person.phase * 7) * 12;
}

export function party(
  params: Pick<ConversationParams, 'place' | 'tablePeople' | 'friendly' | 'critical' | 'guests'>,
  seed: number,
): Party {
  const place: Place = params.place;
  const atTable = place === 'table' ? tablePlaces(params.tablePeople) : [];
  const seats = guestSeats(params.guests);
  const persons = population(1 + atTable.length + seats.length, seed);
  const manners = assignManners(
    place === 'table' ? atTable.length : 1,
    params.friendly,
    params.critical,
    seed,
  );
  const barista = { at: { x: BARISTA.x, z: BARISTA.z, facing: 0 }, person: 0 };
  const partner = (at: Seat, person: number, manner: Manner): Partner => ({
    manner,
    at,
    person,
    pitch: pitchOf(persons[person] as Person),
  });
  const table = atTable.map((at, i) => partner(at, 1 + i, manners[i] ?? 'neutral'));
  const partners = place === 'table' ? table : [partner(barista.at, 0, manners[0] ?? 'friendly')];
  const guests = seats.map((at, i) => ({ at, person: 1 + atTable.length + i }));
  return { persons, barista, partners, table, guests };
}
