import { describe, expect, it } from 'vitest';
import type { PairingCode } from '../../src/domain/link/code';
import { formatCode, newCode, parseCode } from '../../src/domain/link/code';
import { envelopeFor } from '../../src/domain/link/envelope';
import { readMessage } from '../../src/domain/link/messages';
import { type Agreement, startPairing } from '../../src/domain/link/pairing';

/** Both sides of a pairing, the companion having typed `typed` for the person's `code`. */
function pair(code: PairingCode, typed: PairingCode = code) {
  const person = startPairing('person', code);
  const companion = startPairing('companion', typed);
  const atPerson = person.agree(companion.offer) as Agreement;
  const atCompanion = companion.agree(person.offer) as Agreement;
  return { atPerson, atCompanion };
}

describe('the pairing code', () => {
  it('is two digits of room and six of secret, read back however it was typed', () => {
    const code = newCode('48');
    expect(code.secret).toMatch(/^\d{6}$/);
    const shown = formatCode(code);
    expect(shown).toMatch(/^48 \d{3} \d{3}$/);
    expect(parseCode(shown)).toEqual(code);
    expect(parseCode(shown.replaceAll(' ', '-'))).toEqual(code);
    expect(parseCode('48 219 35')).toBeUndefined();
    expect(parseCode('48 219 35x')).toBeUndefined();
  });

  it('draws its secret evenly over the digits', () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 2000; i++) for (const d of newCode('01').secret) counts[Number(d)]++;
    // 12,000 digits: each near 1,200; a modulo bias of 256 % 10 would show as far more 0-5s.
    for (const count of counts) expect(count).toBeGreaterThan(1000);
  });
});

describe('pairing bound to the code', () => {
  it('with the same code both sides hold the same keys, crossed, and each confirms the other', () => {
    const { atPerson, atCompanion } = pair({ room: '48', secret: '219357' });
    expect(atPerson.keys.send).toEqual(atCompanion.keys.receive);
    expect(atPerson.keys.receive).toEqual(atCompanion.keys.send);
    expect(atPerson.keys.send).not.toEqual(atPerson.keys.receive);
    expect(atPerson.keys.id).toBe(atCompanion.keys.id);
    expect(atCompanion.confirms(atPerson.confirmation)).toBe(true);
    expect(atPerson.confirms(atCompanion.confirmation)).toBe(true);
  });

  it('with a wrong code the keys differ and neither side confirms', () => {
    const { atPerson, atCompanion } = pair(
      { room: '48', secret: '219357' },
      { room: '48', secret: '219358' },
    );
    expect(atPerson.keys.send).not.toEqual(atCompanion.keys.receive);
    expect(atCompanion.confirms(atPerson.confirmation)).toBe(false);
    expect(atPerson.confirms(atCompanion.confirmation)).toBe(false);
  });

  it('a relay in the middle that swaps in its own shares cannot pass as either side', () => {
    const code = { room: '48', secret: '219357' };
    const person = startPairing('person', code);
    const companion = startPairing('companion', code);
    // The relay runs its own exchange with each side; it knows everything but the secret.
    const guess = { room: '48', secret: '000000' };
    const asCompanion = startPairing('companion', guess);
    const asPerson = startPairing('person', guess);
    const personSide = person.agree(asCompanion.offer) as Agreement;
    const companionSide = companion.agree(asPerson.offer) as Agreement;
    const relayToPerson = asCompanion.agree(person.offer) as Agreement;
    const relayToCompanion = asPerson.agree(companion.offer) as Agreement;
    expect(personSide.confirms(relayToPerson.confirmation)).toBe(false);
    expect(companionSide.confirms(relayToCompanion.confirmation)).toBe(false);
  });

  it('refuses a share that is not a point, or the identity', () => {
    const person = startPairing('person', { room: '48', secret: '219357' });
    const nonce = btoa('x'.repeat(16));
    expect(person.agree({ share: btoa('\0'.repeat(32)), nonce })).toBeUndefined();
    expect(person.agree({ share: btoa('\xff'.repeat(32)), nonce })).toBeUndefined();
    expect(person.agree({ share: 'not base64!', nonce })).toBeUndefined();
    expect(person.agree({ share: btoa('\xff'.repeat(31)), nonce })).toBeUndefined();
  });
});

describe('sealed frames', () => {
  const code = { room: '12', secret: '654321' };

  it('open on the other side as they were sent', async () => {
    const { atPerson, atCompanion } = pair(code);
    const person = await envelopeFor(atPerson.keys);
    const companion = await envelopeFor(atCompanion.keys);
    const frame = await person.seal({ type: 'bye' });
    expect(frame.box).not.toContain('bye');
    expect(await companion.open(frame)).toEqual({ ok: true, value: { type: 'bye' } });
    const back = await companion.seal({ type: 'command', command: 'stop', id: 1 });
    expect(await person.open(back)).toEqual({
      ok: true,
      value: { type: 'command', command: 'stop', id: 1 },
    });
  });

  it('refuse a frame played again, even out of order', async () => {
    const { atPerson, atCompanion } = pair(code);
    const person = await envelopeFor(atPerson.keys);
    const companion = await envelopeFor(atCompanion.keys);
    const first = await person.seal({ type: 'bye' });
    const second = await person.seal({ type: 'bye' });
    expect((await companion.open(second)).ok).toBe(true);
    expect((await companion.open(first)).ok).toBe(true);
    expect(await companion.open(first)).toEqual({ ok: false, problem: 'replayed' });
    expect(await companion.open(second)).toEqual({ ok: false, problem: 'replayed' });
  });

  it('refuse an altered frame, a renumbered one, and one sealed by an unpaired peer', async () => {
    const { atPerson, atCompanion } = pair(code);
    const person = await envelopeFor(atPerson.keys);
    const companion = await envelopeFor(atCompanion.keys);
    const frame = await person.seal({ type: 'command', command: 'stop', id: 1 });
    const bytes = Uint8Array.from(atob(frame.box), (c) => c.charCodeAt(0));
    bytes[3] = (bytes[3] ?? 0) ^ 1;
    const altered = { n: frame.n, box: btoa(String.fromCharCode(...bytes)) };
    expect(await companion.open(altered)).toEqual({ ok: false, problem: 'tampered' });
    expect(await companion.open({ n: frame.n + 1, box: frame.box })).toEqual({
      ok: false,
      problem: 'tampered',
    });
    // A third device that paired with someone else, or guessed a code.
    const stranger = pair({ room: '12', secret: '111111' });
    const intruder = await envelopeFor(stranger.atPerson.keys);
    expect(await companion.open(await intruder.seal({ type: 'bye' }))).toEqual({
      ok: false,
      problem: 'tampered',
    });
    // A frame sent back to its own sender does not open either: each direction has its key.
    expect(await person.open(await person.seal({ type: 'bye' }))).toEqual({
      ok: false,
      problem: 'tampered',
    });
    expect(await companion.open({ n: 0, box: frame.box })).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(await companion.open('hello')).toEqual({ ok: false, problem: 'malformed' });
    // The real frame still opens: the refusals moved nothing.
    expect((await companion.open(frame)).ok).toBe(true);
  });
});

describe('the messages', () => {
  it('take a live status and a command as sent', () => {
    const live = {
      type: 'live',
      sessionId: 's1',
      sceneId: 'heights',
      level: 5,
      phase: 'running',
      elapsed: 62.5,
      counting: true,
      ratings: [
        { at: 0, suds: 30 },
        { at: 60, suds: 45 },
      ],
      sinceRating: 2.5,
      pacer: null,
      measures: { lookDownShare: 12 },
      mirror: false,
      sentAt: Date.UTC(2026, 11, 4),
    };
    expect(readMessage(live)).toEqual({ ok: true, message: live });
    expect(readMessage({ type: 'command', command: 'level-up', id: 3 }).ok).toBe(true);
  });

  it('refuse an unknown type, a command out of the list, and a rating out of range, naming it', () => {
    expect(readMessage({ type: 'format-disk' }).ok).toBe(false);
    const command = readMessage({ type: 'command', command: 'level-11', id: 3 });
    expect(command.ok).toBe(false);
    expect(!command.ok && command.problem).toMatch(/^command:/);
    const rating = readMessage({
      type: 'live',
      phase: 'running',
      elapsed: 1,
      counting: true,
      ratings: [{ at: 0, suds: 140 }],
      pacer: null,
      measures: {},
      mirror: false,
      sentAt: Date.UTC(2026, 11, 4),
    });
    expect(!rating.ok && rating.problem).toMatch(/^ratings\.0\.suds:/);
    expect(readMessage({ type: 'bye', extra: 1 }).ok).toBe(false);
  });
});
