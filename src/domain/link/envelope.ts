// Every frame after pairing is sealed: AES-GCM under the pairing's key for its direction, the
// frame's number as the nonce and in the authenticated data, so a frame from anyone without the
// keys, an altered one and one played again are each refused. Frames may come over the relay or
// the direct channel, so a window of recent numbers is kept rather than demanding strict order.
import { fromBase64, toBase64 } from './bytes';
import type { LinkKeys } from './pairing';
import { LINK_PROTOCOL } from './pairing';

/** A sealed frame as it travels. */
export interface Box {
  n: number;
  box: string;
}

export type OpenProblem = 'malformed' | 'replayed' | 'tampered';
export type Opened = { ok: true; value: unknown } | { ok: false; problem: OpenProblem };

const WINDOW = 256;

const ivOf = (n: number) => {
  const iv = new Uint8Array(12);
  new DataView(iv.buffer).setBigUint64(4, BigInt(n));
  return iv;
};
const aadOf = (role: string, n: number) =>
  new TextEncoder().encode(`${LINK_PROTOCOL}|${role}|${n}`);

export const isBox = (frame: unknown): frame is Box =>
  typeof frame === 'object' &&
  frame !== null &&
  Number.isSafeInteger((frame as Box).n) &&
  (frame as Box).n > 0 &&
  typeof (frame as Box).box === 'string';

export interface Envelope {
  seal(value: unknown): Promise<Box>;
  open(frame: unknown): Promise<Opened>;
}

export async function envelopeFor(keys: LinkKeys): Promise<Envelope> {
  const importKey = (raw: Uint8Array, use: KeyUsage) =>
    crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [use]);
  const sendKey = await importKey(keys.send, 'encrypt');
  const receiveKey = await importKey(keys.receive, 'decrypt');
  const senderRole = keys.role;
  const receiverRole = keys.role === 'person' ? 'companion' : 'person';
  let sent = 0;
  let highest = 0;
  const seen = new Set<number>();

  return {
    async seal(value) {
      const n = ++sent;
      const plain = new TextEncoder().encode(JSON.stringify(value));
      const cipher = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: ivOf(n), additionalData: aadOf(senderRole, n) },
        sendKey,
        plain,
      );
      return { n, box: toBase64(new Uint8Array(cipher)) };
    },
    async open(frame) {
      if (!isBox(frame)) return { ok: false, problem: 'malformed' };
      const bytes = fromBase64(frame.box);
      if (!bytes) return { ok: false, problem: 'malformed' };
      const { n } = frame;
      if (n <= highest - WINDOW || seen.has(n)) return { ok: false, problem: 'replayed' };
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: ivOf(n), additionalData: aadOf(receiverRole, n) },
          receiveKey,
          bytes as BufferSource,
        );
      } catch {
        return { ok: false, problem: 'tampered' };
      }
      // Only an authentic frame moves the window, so forged numbers cannot push real ones out.
      seen.add(n);
      if (n > highest) {
        highest = n;
        for (const old of seen) if (old <= highest - WINDOW) seen.delete(old);
      }
      try {
        return { ok: true, value: JSON.parse(new TextDecoder().decode(plain)) };
      } catch {
        return { ok: false, problem: 'malformed' };
      }
    },
  };
}
