// One side of the companion link: pairing over the relay (domain/link/pairing.ts), then every
// message sealed end to end. The person's device holds a room and shows its code; the companion
// joins with the code. A relay that drops and comes back, or a device that loses the network for a
// while, finds the pairing as it was: the keys stay in the page until the pairing ends.
import { newCode, type PairingCode } from '../../domain/link/code';
import { type Envelope, envelopeFor } from '../../domain/link/envelope';
import { type LinkMessage, readMessage } from '../../domain/link/messages';
import { type Agreement, type Offer, type Role, startPairing } from '../../domain/link/pairing';
import { type Hello, RelaySocket, type RelayStatus, relayUrl } from './relaySocket';

export type RefusedWhy = 'wrong-code' | 'no-such-room' | 'room-full' | 'new-code' | 'no-room-free';

export type LinkPhase =
  | { kind: 'connecting' }
  | { kind: 'waiting'; code: PairingCode; wrongTried: boolean }
  | { kind: 'pairing' }
  | { kind: 'paired'; id: string }
  | { kind: 'refused'; why: RefusedWhy }
  | { kind: 'ended'; byMe: boolean };

export interface LinkStatus {
  role: Role;
  phase: LinkPhase;
  relay: RelayStatus;
  /** The other device is on the relay now. */
  peer: boolean;
}

export interface LinkEvents {
  status(status: LinkStatus): void;
  message(message: LinkMessage): void;
  /** A frame refused: unsealed, replayed, altered, or a message of no known form. */
  refused(problem: string): void;
}

type PairFrame =
  | ({ pair: 'offer'; confirm?: string } & Offer)
  | { pair: 'confirm'; confirm: string }
  | { pair: 'refused' }
  | { pair: 'new-code' };

type RelayFrame =
  | { relay: 'welcome'; room: string; peer: boolean }
  | { relay: 'peer'; here: boolean }
  | { relay: 'refused'; why: RefusedWhy };

const isRecord = (frame: unknown): frame is Record<string, unknown> =>
  typeof frame === 'object' && frame !== null;

export class Link {
  private readonly socket: RelaySocket;
  private status: LinkStatus;
  private room: string | undefined;
  private code: PairingCode | undefined;
  private agreement: Agreement | undefined;
  private envelope: Envelope | undefined;
  private pairingId: string | undefined;

  private constructor(
    readonly role: Role,
    private readonly on: LinkEvents,
    code: PairingCode | undefined,
    url: string,
  ) {
    this.code = code;
    this.room = code?.room;
    this.status = { role, phase: { kind: 'connecting' }, relay: 'connecting', peer: false };
    const hello = (): Hello => (this.room ? { hello: role, room: this.room } : { hello: role });
    this.socket = new RelaySocket(url, hello, {
      status: (relay) => this.update({ relay, ...(relay === 'open' ? {} : { peer: false }) }),
      frame: (frame) => void this.receive(frame),
    });
  }

  /** The person's device: takes a room and shows the code for it. */
  static open(on: LinkEvents, url = relayUrl()): Link {
    return new Link('person', on, undefined, url);
  }

  /** The companion: joins the room the code names and pairs with the code. */
  static join(code: PairingCode, on: LinkEvents, url = relayUrl()): Link {
    return new Link('companion', on, code, url);
  }

  get current(): LinkStatus {
    return this.status;
  }

  private update(change: Partial<LinkStatus>) {
    this.status = { ...this.status, ...change };
    this.on.status(this.status);
  }

  private phase(phase: LinkPhase) {
    this.update({ phase });
  }

  /** Sealed and sent over the relay; false when it could not go now (not paired, relay away). */
  async send(message: LinkMessage): Promise<boolean> {
    if (!this.envelope || this.status.phase.kind !== 'paired') return false;
    return this.socket.send(await this.envelope.seal(message));
  }

  /** Ends the pairing on both sides (the other hears a sealed bye) and leaves the relay. */
  async end(): Promise<void> {
    if (this.status.phase.kind === 'paired') await this.send({ type: 'bye' });
    this.finish(true);
  }

  private finish(byMe: boolean) {
    this.socket.close();
    this.envelope = undefined;
    this.agreement = undefined;
    this.update({ phase: { kind: 'ended', byMe }, relay: 'lost', peer: false });
  }

  private refuse(why: RefusedWhy) {
    this.socket.close();
    this.update({ phase: { kind: 'refused', why }, relay: 'lost', peer: false });
  }

  /** The person's device: a fresh secret after a wrong code, a new companion or a lost room. */
  private freshCode(wrongTried: boolean) {
    if (!this.room) return;
    this.envelope = undefined;
    this.agreement = undefined;
    this.code = newCode(this.room);
    this.phase({ kind: 'waiting', code: this.code, wrongTried });
  }

  private async receive(frame: unknown) {
    if (!isRecord(frame)) return;
    if ('relay' in frame) return this.fromRelay(frame as RelayFrame);
    if ('pair' in frame) return this.pairing(frame as PairFrame);
    if (!this.envelope) {
      this.on.refused('a sealed frame before pairing');
      return;
    }
    const opened = await this.envelope.open(frame);
    if (!opened.ok) {
      this.on.refused(`a frame ${opened.problem}`);
      return;
    }
    const read = readMessage(opened.value);
    if (!read.ok) {
      this.on.refused(read.problem);
      return;
    }
    if (read.message.type === 'bye') {
      this.finish(false);
      return;
    }
    this.on.message(read.message);
  }

  private fromRelay(frame: RelayFrame) {
    switch (frame.relay) {
      case 'welcome': {
        const lostRoom = this.room !== undefined && this.room !== frame.room;
        this.room = frame.room;
        this.update({ peer: frame.peer });
        if (this.role === 'person') {
          if (lostRoom || !this.code) this.freshCode(false);
          else if (!this.envelope)
            this.phase({ kind: 'waiting', code: this.code, wrongTried: false });
        } else if (!this.envelope) {
          this.offer();
        }
        return;
      }
      case 'peer':
        this.update({ peer: frame.here });
        return;
      case 'refused':
        // Coming back after a relay restart, the person may not be there yet: keep trying.
        if (this.envelope && frame.why === 'no-such-room') return;
        this.refuse(frame.why);
        return;
    }
  }

  /** The companion's first move: its share on the code's generator. */
  private offer() {
    if (!this.code) return;
    const pairing = startPairing('companion', this.code);
    this.pending = pairing;
    this.phase({ kind: 'pairing' });
    this.socket.send({ pair: 'offer', ...pairing.offer });
  }

  private pending: ReturnType<typeof startPairing> | undefined;

  private async paired(agreement: Agreement) {
    this.envelope = await envelopeFor(agreement.keys);
    this.pairingId = agreement.keys.id;
    this.phase({ kind: 'paired', id: this.pairingId });
  }

  private async pairing(frame: PairFrame) {
    if (this.role === 'person') {
      if (frame.pair === 'offer') {
        // A companion starting over (a reload) needs a new code: this one has been used.
        if (this.envelope || !this.code) {
          this.socket.send({ pair: 'new-code' });
          this.freshCode(false);
          return;
        }
        const pairing = startPairing('person', this.code);
        const agreement = pairing.agree(frame);
        if (!agreement) {
          this.socket.send({ pair: 'refused' });
          this.freshCode(true);
          return;
        }
        this.agreement = agreement;
        this.phase({ kind: 'pairing' });
        this.socket.send({ pair: 'offer', ...pairing.offer, confirm: agreement.confirmation });
      } else if (frame.pair === 'refused' && this.agreement) {
        // The companion found this side's proof wrong: it typed another code.
        this.agreement = undefined;
        this.freshCode(true);
      } else if (frame.pair === 'confirm' && this.agreement) {
        const agreement = this.agreement;
        this.agreement = undefined;
        if (!agreement.confirms(frame.confirm)) {
          this.socket.send({ pair: 'refused' });
          this.freshCode(true);
          return;
        }
        await this.paired(agreement);
      }
      return;
    }
    if (frame.pair === 'offer' && this.pending) {
      const agreement = this.pending.agree(frame);
      this.pending = undefined;
      if (!agreement?.confirms(frame.confirm)) {
        this.socket.send({ pair: 'refused' });
        this.refuse('wrong-code');
        return;
      }
      this.socket.send({ pair: 'confirm', confirm: agreement.confirmation });
      await this.paired(agreement);
    } else if (frame.pair === 'refused' && !this.envelope) {
      this.refuse('wrong-code');
    } else if (frame.pair === 'new-code') {
      this.refuse('new-code');
    }
  }
}
