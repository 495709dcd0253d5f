// Hostile variants of a real export: each is refused with what is wrong and where, or (for what
// the app itself writes) taken as it is.
import { describe, expect, it } from 'vitest';
import { findScene } from '../../scenes/registry';
import { buildExport } from '../../src/data/transfer/format';
import { importedText } from '../../src/data/transfer/messages';
import { parseImport } from '../../src/data/transfer/validate';
import { isAppId, newId } from '../../src/domain/ids';
import { say } from '../../src/domain/phrase';
import { english } from './intl';
import { heightsCompleted } from './sessionLogs';

const exportedAt = new Date(Date.UTC(2026, 1, 1, 12));

type Json = Record<string, unknown> & {
  sessions: (Record<string, unknown> & { events: Record<string, unknown>[] })[];
  steps: Record<string, unknown>[];
};

/** What the import says of a real export after `change` edits its plain JSON. */
function problemAfter(change: (file: Json) => void): string {
  const file = JSON.parse(JSON.stringify(buildExport([heightsCompleted()], '0.1.0', exportedAt)));
  change(file);
  const result = parseImport(JSON.stringify(file), findScene);
  return result.ok ? 'accepted' : say(english, result.problem);
}

const started = (f: Json) => f.sessions[0]?.events[0] as Record<string, unknown>;
const startParams = (f: Json) => started(f).params as Record<string, unknown>;
const IN_SESSION = ', in the heights session of 2026-01-12 18:00 UTC';

describe('scene parameters against the scene’s own specs', () => {
  it('refuses unknown names, values out of range or choices, and wrong kinds, naming the session', () => {
    expect(problemAfter((f) => Object.assign(startParams(f), { jetpack: true }))).toBe(
      `sessions[0].events[0].params: jetpack: not a parameter of this scene${IN_SESSION}`,
    );
    expect(problemAfter((f) => Object.assign(startParams(f), { elevation: 5000 }))).toBe(
      `sessions[0].events[0].params: Height above the street: 5,000 m is above 300 m${IN_SESSION}`,
    );
    expect(problemAfter((f) => Object.assign(startParams(f), { elevation: 20.5 }))).toBe(
      `sessions[0].events[0].params: Height above the street: 20.5 is not in steps of 1${IN_SESSION}`,
    );
    expect(problemAfter((f) => Object.assign(startParams(f), { railing: 'lava' }))).toBe(
      `sessions[0].events[0].params: Railing: "lava" is not one of glass, bar, low, none${IN_SESSION}`,
    );
    expect(problemAfter((f) => Object.assign(startParams(f), { lookDownTask: 'yes' }))).toBe(
      `sessions[0].events[0].params: Look-down task (10 s): yes is not yes or no${IN_SESSION}`,
    );
  });

  it('checks a level change’s values and a variation’s changes too', () => {
    const intensity = (f: Json) => f.sessions[0]?.events[5] as Record<string, unknown>;
    expect(
      problemAfter((f) => {
        expect(intensity(f).type).toBe('intensity');
        Object.assign(intensity(f).params as object, { floor: 'trampoline' });
      }),
    ).toBe(
      `sessions[0].events[5].params: Floor: "trampoline" is not one of solid, grating, glass-edge, glass${IN_SESSION}`,
    );
    expect(
      problemAfter((f) => {
        started(f).variation = { baseSeed: 1, changed: { gravity: { from: 1, to: 2 } } };
      }),
    ).toBe(
      `sessions[0].events[0].variation.changed.gravity: gravity: not a parameter of this scene${IN_SESSION}`,
    );
    expect(
      problemAfter((f) => {
        started(f).variation = { baseSeed: 1, changed: { wind: { from: 0, to: 7 } } };
      }),
    ).toBe(`sessions[0].events[0].variation.changed.wind: Wind: 7 is above 1${IN_SESSION}`);
  });

  it('takes a session without a parameter added to its scene since, and refuses an unknown scene', () => {
    // The v1 sessions on record have no plank or wind: those came later.
    expect(problemAfter((f) => delete startParams(f).lookDownTask)).toBe('accepted');
    expect(
      problemAfter((f) => {
        (f.sessions[0] as Record<string, unknown>).sceneId = 'volcano';
        started(f).sceneId = 'volcano';
      }),
    ).toBe('sessions[0].sceneId: "volcano" is not a scene of this Foothold');
  });
});

describe('session ids', () => {
  const withId = (id: string) =>
    problemAfter((f) => {
      const session = f.sessions[0] as Json['sessions'][number];
      session.id = id;
      for (const event of session.events) event.sessionId = id;
    });

  it('takes only ids of the shape the app writes, and says so', () => {
    for (const hostile of [
      '=HYPERLINK("https://example.com","open")',
      '<img src=x onerror=alert(1)>',
      'a1b2c3d4;0000-4000-8000-000000000001',
      'a1b2c3d4\t0000-4000-8000-000000000001',
      'a1b2c3d4-0000-4000-8000-00000000000\n',
      'a1b2c3d4\u20280000-4000-8000-000000000001',
      'A1B2C3D4-0000-4000-8000-000000000001',
      'a1b2c3d4-0000-4000-8000-0000000000011',
      'session-1',
    ])
      expect(withId(hostile), hostile).toBe(
        `sessions[0].id: ${JSON.stringify(hostile.length > 40 ? `${hostile.slice(0, 40)}…` : hostile)} is not a Foothold id; Foothold writes ids of 32 hexadecimal digits (0-9, a-f), grouped 8-4-4-4-12 with dashes or not`,
      );
    expect(withId('0d6fbf1c-6e84-4f1f-9c2e-1f3b6a7c8d9e')).toBe('accepted');
    expect(withId('0d6fbf1c6e844f1f9c2e1f3b6a7c8d9e')).toBe('accepted');
  });

  it('agrees with what newId writes', () => {
    for (let i = 0; i < 50; i++) expect(isAppId(newId())).toBe(true);
    // Off a secure origin there is no randomUUID: newId makes its 32 digits itself.
    const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      expect(newId()).toMatch(/^[0-9a-f]{32}$/);
      expect(isAppId(newId())).toBe(true);
    } finally {
      if (own) Object.defineProperty(crypto, 'randomUUID', own);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});

describe('times later than the export', () => {
  const LATEST = 8.64e15; // 275760-09-13, the last time a Date holds

  it('refuses a session dated after its own export, naming it', () => {
    expect(
      problemAfter((f) => {
        const session = f.sessions[0] as Json['sessions'][number];
        const shift = LATEST - (session.events.at(-1)?.at as number);
        for (const event of session.events) event.at = (event.at as number) + shift;
        session.startedAt = session.events[0]?.at;
        session.endedAt = session.events.at(-1)?.at;
      }),
    ).toBe(
      'sessions[0].startedAt: +275760-09-12 23:50 UTC is later than the file was exported (2026-02-01 12:00 UTC), for a heights session',
    );
  });

  it('refuses an event, an end or a ladder step after the export, and a time no Date holds', () => {
    const later = 'is later than the file was exported (2026-02-01 12:00 UTC)';
    expect(
      problemAfter((f) => {
        const session = f.sessions[0] as Json['sessions'][number];
        session.events = session.events.slice(0, 5);
        session.status = 'active';
        delete session.endedAt;
        const last = session.events[4] as Record<string, unknown>;
        last.at = Date.UTC(2030, 0, 1);
      }),
    ).toBe(`sessions[0].events[4].at: 2030-01-01 00:00 UTC ${later}${IN_SESSION}`);
    expect(
      problemAfter((f) => {
        (f.sessions[0] as Record<string, unknown>).endedAt = Date.UTC(2026, 1, 1, 12, 1);
      }),
    ).toBe(`sessions[0].endedAt: 2026-02-01 12:01 UTC ${later}${IN_SESSION}`);
    expect(
      problemAfter((f) => {
        const heights = findScene('heights');
        f.steps = [
          {
            id: newId(),
            sceneId: 'heights',
            name: 'Balcony',
            level: 1,
            params: heights?.levels[0].params,
            custom: false,
            expectedSuds: null,
            position: 0,
            createdAt: Date.UTC(2027, 0, 1),
          },
        ];
      }),
    ).toBe(`steps[0].createdAt: 2027-01-01 00:00 UTC ${later}`);
    // JSON reads 1e400 as Infinity.
    const text = JSON.stringify(buildExport([heightsCompleted()], '0.1.0', exportedAt)).replace(
      /"startedAt":\d+/,
      '"startedAt":1e400',
    );
    const result = parseImport(text, findScene);
    expect(result.ok ? result : { ok: false, problem: say(english, result.problem) }).toEqual({
      ok: false,
      problem: 'sessions[0].startedAt: Infinity is not a time (milliseconds since 1970)',
    });
  });
});

describe('what an import says it did', () => {
  it('counts in the right number', () => {
    const imported = (result: Parameters<typeof importedText>[0]) =>
      say(english, importedText(result));
    expect(imported({ added: 0, alreadyHere: 1, stepsAdded: 0 })).toBe(
      'Imported 0 sessions; 1 was already here.',
    );
    expect(imported({ added: 1, alreadyHere: 2, stepsAdded: 1 })).toBe(
      'Imported 1 session; 2 were already here, and 1 ladder step.',
    );
    expect(imported({ added: 2, alreadyHere: 0, stepsAdded: 3 })).toBe(
      'Imported 2 sessions, and 3 ladder steps.',
    );
  });
});
