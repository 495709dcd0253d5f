// Pairing bound to the code: a password-authenticated key exchange (CPace over ristretto255, as in
// draft-irtf-cfrg-cpace) followed by key confirmation. Each side's share is a Diffie-Hellman
// share on a generator derived from the code, so the relay in the middle cannot find the code
// from what it sees and gets one guess per attempt; without the code it can neither read nor alter
// what follows. WebCrypto has no such exchange: plain ECDH with a six-digit code checked after it
// would let the relay try every code offline. Pure (randomness aside).
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { fromBase64, sameBytes, toBase64 } from './bytes';
import type { PairingCode } from './code';

export const LINK_PROTOCOL = 'foothold-link-1';
const DST = `${LINK_PROTOCOL} CPace ristretto255`;

export type Role = 'person' | 'companion';
export const otherRole = (role: Role): Role => (role === 'person' ? 'companion' : 'person');

/** What a side sends first: its share and a fresh nonce, both base64. */
export interface Offer {
  share: string;
  nonce: string;
}

/** The keys of one pairing: one for each direction, and a short id both sides can show. */
export interface LinkKeys {
  role: Role;
  send: Uint8Array;
  receive: Uint8Array;
  id: string;
}

export interface Agreement {
  keys: LinkKeys;
  /** Sent to the other side: proof this side holds the same code. */
  confirmation: string;
  /** The other side's proof; false means the code was not the same (or the frames were altered). */
  confirms(theirs: unknown): boolean;
}

export interface Pairing {
  role: Role;
  offer: Offer;
  /** Undefined when the other side's offer is not a valid share. */
  agree(theirs: Offer): Agreement | undefined;
}

const generatorOf = (code: PairingCode) =>
  ristretto255_hasher.hashToCurve(utf8ToBytes(`${code.room}:${code.secret}`), { DST });

export function startPairing(role: Role, code: PairingCode): Pairing {
  const generator = generatorOf(code);
  let scalar = 0n;
  while (scalar === 0n) scalar = ristretto255_hasher.hashToScalar(randomBytes(64), { DST });
  const share = generator.multiply(scalar).toBytes();
  const nonce = randomBytes(16);
  const offer = { share: toBase64(share), nonce: toBase64(nonce) };

  return {
    role,
    offer,
    agree(theirs) {
      const theirShare = fromBase64(theirs?.share);
      const theirNonce = fromBase64(theirs?.nonce);
      if (theirShare?.length !== 32 || theirNonce?.length !== 16) return undefined;
      let point: ReturnType<typeof generator.multiply>;
      try {
        point = ristretto255.Point.fromBytes(theirShare);
      } catch {
        return undefined;
      }
      const secret = point.multiply(scalar);
      if (secret.is0()) return undefined;
      // The transcript in a fixed order, whichever side computes it.
      const mine = { share, nonce };
      const other = { share: theirShare, nonce: theirNonce };
      const [p, c] = role === 'person' ? [mine, other] : [other, mine];
      const transcript = concatBytes(
        utf8ToBytes(`${LINK_PROTOCOL}|${code.room}|`),
        c.nonce,
        p.nonce,
        c.share,
        p.share,
      );
      const okm = hkdf(
        sha256,
        secret.toBytes(),
        sha256(transcript),
        utf8ToBytes(LINK_PROTOCOL),
        96,
      );
      const confirmKey = okm.slice(0, 32);
      const toCompanion = okm.slice(32, 64);
      const toPerson = okm.slice(64, 96);
      const tagOf = (r: Role) => hmac(sha256, confirmKey, concatBytes(utf8ToBytes(r), transcript));
      const theirTag = tagOf(otherRole(role));
      const id = Array.from(sha256(concatBytes(okm, transcript)).slice(0, 3), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      return {
        keys: {
          role,
          send: role === 'person' ? toCompanion : toPerson,
          receive: role === 'person' ? toPerson : toCompanion,
          id,
        },
        confirmation: toBase64(tagOf(role)),
        confirms(theirs) {
          const tag = fromBase64(theirs);
          return tag !== undefined && sameBytes(tag, theirTag);
        },
      };
    },
  };
}
