// The pairing code the person's device shows and the companion types: two digits name the room on
// the relay (the relay sees them), six are the secret the keys are bound to (it never does). Pure.

export const ROOM_DIGITS = 2;
export const SECRET_DIGITS = 6;

export interface PairingCode {
  room: string;
  secret: string;
}

/** A uniformly random string of decimal digits (rejection sampling, no modulo bias). */
export function randomDigits(count: number): string {
  let out = '';
  const byte = new Uint8Array(1);
  while (out.length < count) {
    const [b = 255] = crypto.getRandomValues(byte);
    if (b < 250) out += String(b % 10);
  }
  return out;
}

/** A fresh secret for a room the relay gave. */
export function newCode(room: string): PairingCode {
  return { room, secret: randomDigits(SECRET_DIGITS) };
}

/** As shown and read aloud: "48 219 357". */
export function formatCode({ room, secret }: PairingCode): string {
  return `${room} ${secret.slice(0, 3)} ${secret.slice(3)}`;
}

/** What the companion typed or scanned, spaces and dashes aside; undefined unless it is 8 digits. */
export function parseCode(typed: string): PairingCode | undefined {
  const digits = typed.replace(/[\s\-–.]/g, '');
  if (!new RegExp(`^\\d{${ROOM_DIGITS + SECRET_DIGITS}}$`).test(digits)) return undefined;
  return { room: digits.slice(0, ROOM_DIGITS), secret: digits.slice(ROOM_DIGITS) };
}

/** A room number as the relay hands them out. */
export const isRoom = (room: unknown): room is string =>
  typeof room === 'string' && new RegExp(`^\\d{${ROOM_DIGITS}}$`).test(room);
