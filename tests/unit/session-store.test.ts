import { describe, expect, it } from 'vitest';
import type { Write } from '../../src/data/writes';
import { type Phrase, say } from '../../src/domain/phrase';
import type { StoredEvent } from '../../src/domain/session/events';
import { createSessionStore, type StartInput } from '../../src/state/session';
import { english, intlFor } from './intl';

const input: StartInput = {
  sceneId: 'calm',
  level: 3,
  params: { a: 1 },
  seed: 1,
  before: { sudsNow: 20, sudsExpected: 70 },
  promptMinutes: 2,
};

/** A store whose writes land in a list, on a clock the test moves. */
function storeWithLog() {
  const writes: Write[] = [];
  let t = 1_700_000_000_000;
  const store = createSessionStore(
    () => async (write) => {
      writes.push(write);
      return t;
    },
    () => (t += 1000),
  );
  const stored = () =>
    writes.flatMap((w) => (w.kind === 'event' ? [w.event] : [])) as StoredEvent[];
  return { store, stored };
}

describe('the session store', () => {
  it('stores each event with where it happened, as the log itself says', async () => {
    const { store, stored } = storeWithLog();
    expect(store.getState().start(input)).toBeNull();
    const { record } = store.getState();
    record({ type: 'suds', suds: 30, prompted: false });
    record({ type: 'xr-enter' });
    record({ type: 'suds', suds: 40, prompted: false });
    record({ type: 'pause', reason: 'hidden' });
    record({ type: 'xr-exit' });
    record({ type: 'resume' });
    await expect
      .poll(() => stored().map((e) => [e.type, e.mode]))
      .toEqual([
        ['started', 'desktop'],
        ['suds', 'desktop'],
        ['xr-enter', 'xr'],
        ['suds', 'xr'],
        ['pause', 'xr'],
        ['xr-exit', 'desktop'],
        ['resume', 'desktop'],
      ]);
    await store.getState().close();
  });

  it('stores the start in the headset when the session begins there', async () => {
    const { store, stored } = storeWithLog();
    expect(store.getState().start(input, 'xr')).toBeNull();
    store.getState().record({ type: 'xr-enter' });
    await expect.poll(() => stored().map((e) => e.mode)).toEqual(['xr', 'xr']);
    await store.getState().close();
  });

  it('keeps a stop and the after-questions in the headset where they were given', async () => {
    const { store, stored } = storeWithLog();
    expect(store.getState().start(input, 'xr')).toBeNull();
    const { record } = store.getState();
    record({ type: 'xr-enter' });
    record({ type: 'stop', early: false, via: 'finish-button' });
    record({ type: 'end', after: { sudsEnd: 20 } });
    await expect
      .poll(() => stored().map((e) => [e.type, e.mode]))
      .toEqual([
        ['started', 'xr'],
        ['xr-enter', 'xr'],
        ['stop', 'xr'],
        ['end', 'xr'],
      ]);
    await store.getState().close();
  });

  it("refuses in words said in the page's language, and keeps them as the problem shown", async () => {
    const { store } = storeWithLog();
    const idle = store.getState().record({ type: 'suds', suds: 30, prompted: false });
    expect(say(english, idle as Phrase)).toBe('The session has not started yet.');
    expect(store.getState().start(input)).toBeNull();
    const twice = store.getState().start(input);
    expect(say(english, twice as Phrase)).toBe('A session is already running.');
    expect(say(intlFor('de'), twice as Phrase)).not.toBe('A session is already running.');
    store.getState().record({ type: 'suds', suds: 33, prompted: false });
    const refused = store.getState().problem;
    expect(refused && say(english, refused)).toBe(
      '33 is not a step of 5: ratings go 0, 5, 10, … 100.',
    );
    await store.getState().close();
  });
});
