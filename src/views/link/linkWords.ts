// The link's states in words, for both devices.
import type { LinkStatus } from '../../data/link/link';
import { defineMessages } from '../../domain/phrase';

export const linkWords = defineMessages({
  connecting: { id: 'link.connecting', defaultMessage: 'Reaching the relay on this network…' },
  waiting: {
    id: 'link.waiting',
    defaultMessage: 'Waiting for the companion to enter the code.',
  },
  wrongTried: {
    id: 'link.wrongTried',
    defaultMessage: 'A wrong code was entered on the other device. This is a new code.',
  },
  pairing: { id: 'link.pairing', defaultMessage: 'Pairing…' },
  paired: {
    id: 'link.paired',
    defaultMessage: 'Paired. Both devices show the pairing mark {id}.',
    description: '{id} is six letters and digits that both devices show, e.g. "a3f09c"',
  },
  peerAway: {
    id: 'link.peerAway',
    defaultMessage: 'Link lost: the other device is not on the relay. It comes back when it can.',
  },
  relayLost: {
    id: 'link.relayLost',
    defaultMessage: 'Link lost: the relay cannot be reached. Trying again…',
  },
  endedByMe: { id: 'link.endedByMe', defaultMessage: 'The pairing has ended.' },
  endedByThem: { id: 'link.endedByThem', defaultMessage: 'The other device ended the pairing.' },
  'wrong-code': {
    id: 'link.wrongCode',
    defaultMessage:
      'That code is not the one on the person’s device. Their device now shows a new code: enter that one.',
  },
  'no-such-room': {
    id: 'link.noSuchRoom',
    defaultMessage:
      'No device on this relay shows a code starting with these two digits. Check the code, and that both devices opened the same address.',
  },
  'room-full': {
    id: 'link.roomFull',
    defaultMessage: 'The person’s device is already paired with another companion.',
  },
  'new-code': {
    id: 'link.newCode',
    defaultMessage: 'The person’s device shows a new code now: enter that one.',
  },
  'no-room-free': {
    id: 'link.noRoomFree',
    defaultMessage: 'The relay has no room free. Try again in a moment.',
  },
});

/** Whether the two can talk now: paired, the relay reached, the other device on it. */
export const linkUp = (status: LinkStatus | null) =>
  status?.phase.kind === 'paired' && status.relay === 'open' && status.peer;

/** The one line that says where the link stands. */
export function statusWords(status: LinkStatus) {
  const { phase } = status;
  switch (phase.kind) {
    case 'connecting':
      return { message: linkWords.connecting };
    case 'waiting':
      return { message: phase.wrongTried ? linkWords.wrongTried : linkWords.waiting };
    case 'pairing':
      return { message: linkWords.pairing };
    case 'paired':
      if (status.relay !== 'open') return { message: linkWords.relayLost };
      if (!status.peer) return { message: linkWords.peerAway };
      return { message: linkWords.paired, values: { id: phase.id } };
    case 'refused':
      return { message: linkWords[phase.why] };
    case 'ended':
      return { message: phase.byMe ? linkWords.endedByMe : linkWords.endedByThem };
  }
}
